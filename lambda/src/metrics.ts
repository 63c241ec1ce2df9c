import type { Logger } from './logger';

/** Where this backend's metrics are filed in CloudWatch. */
export const METRICS_NAMESPACE = 'Babyfoot';

/**
 * The counts the backend files, each one log line. `GoalsCounted` / `GoalsIgnored` /
 * `GoalsDuplicate`: what became of a table's goal event; `MatchesFinished`: a winning goal,
 * from the table or by voice; `StatsMarkedForRebuild`: a stats document only a recount can
 * fix; `StatsRecounted`: a league's documents recounted from its history (after such a mark, a
name change, `npm run recompute-ratings`); `TournamentNotRecorded`: a tournament the finished match could not be written into;
 * `EventsFailed`: a table event whose invocation failed (Lambda retries it, then the
 * undelivered-event queue keeps it).
 */
export type MetricName =
  | 'GoalsCounted'
  | 'GoalsIgnored'
  | 'GoalsDuplicate'
  | 'MatchesFinished'
  | 'StatsMarkedForRebuild'
  | 'StatsRecounted'
  | 'TournamentNotRecorded'
  | 'EventsFailed';

/**
 * The fields that make a log line a CloudWatch metric in the Embedded Metric Format (`_aws`):
 * Lambda's log stream alone makes the metric (no API call, nothing to wait for), and the same
 * line reads as a plain structured log locally. No dimension: one metric each for the stack.
 */
export function metricFields(metric: MetricName, now: number = Date.now()): Record<string, unknown> {
  return {
    [metric]: 1,
    _aws: {
      Timestamp: now,
      CloudWatchMetrics: [
        { Namespace: METRICS_NAMESPACE, Dimensions: [[]], Metrics: [{ Name: metric, Unit: 'Count' }] },
      ],
    },
  };
}

/**
 * Logs an info line that also counts one under `metric`. Lambda's log-level filter keeps it at
 * the INFO level and below (the template's `LogLevel`): at WARN or ERROR the count is not filed.
 */
export function logCounted(
  log: Logger,
  metric: MetricName,
  message: string,
  fields: Record<string, unknown>,
  now: number = Date.now(),
): void {
  log.info(message, { ...fields, ...metricFields(metric, now) });
}

/** Logs a warning that also counts one under `metric` (kept by every level but ERROR). */
export function logCountedWarning(
  log: Logger,
  metric: MetricName,
  message: string,
  fields: Record<string, unknown>,
  now: number = Date.now(),
): void {
  log.warn(message, { ...fields, ...metricFields(metric, now) });
}

/** Logs an error that also counts one under `metric` (kept at every level). */
export function logCountedError(
  log: Logger,
  metric: MetricName,
  message: string,
  fields: Record<string, unknown>,
  now: number = Date.now(),
): void {
  log.error(message, { ...fields, ...metricFields(metric, now) });
}
