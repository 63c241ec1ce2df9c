import type { Logger } from './logger';

/** Where this backend's metrics are filed in CloudWatch. */
export const METRICS_NAMESPACE = 'Babyfoot';

/**
 * Logs an error that is also counted as a metric: the line carries CloudWatch's Embedded
 * Metric Format (`_aws`), so Lambda's log stream alone makes the metric (no API call, nothing
 * to wait for), and the same line reads as a plain structured log locally.
 */
export function logCountedError(
  log: Logger,
  metric: string,
  message: string,
  fields: Record<string, unknown>,
  now: number = Date.now(),
): void {
  log.error(message, {
    ...fields,
    [metric]: 1,
    _aws: {
      Timestamp: now,
      CloudWatchMetrics: [
        { Namespace: METRICS_NAMESPACE, Dimensions: [[]], Metrics: [{ Name: metric, Unit: 'Count' }] },
      ],
    },
  });
}
