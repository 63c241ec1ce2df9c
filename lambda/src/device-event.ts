import { z } from 'zod';
import type { Logger } from './logger';

/**
 * What every table event handed over by a topic rule carries: the device's `eventId` (stable
 * across retries), when it happened (epoch ms), and `topic(2) AS thingName` added by the rule.
 */
export const deviceEventFields = {
  eventId: z.string().min(1).max(128),
  at: z.number().int().nonnegative(),
  thingName: z.string().regex(/^[a-zA-Z0-9:_-]+$/),
};

/**
 * Parses one table event. A malformed one is logged as a device error and yields undefined:
 * the event is dropped, since retrying it cannot help.
 */
export function parseDeviceEvent<Event>(
  schema: z.ZodType<Event>,
  event: unknown,
  problem: string,
  log: Logger,
): Event | undefined {
  const parsed = schema.safeParse(event);
  if (parsed.success) return parsed.data;
  log.warn('device error', {
    problem,
    issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  });
  return undefined;
}
