import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** The goal event of the device protocol, published to `babyfoot/{thing}/events/goal`. */
export const goalEventSchema = z.object({
  /** Unique, and the same on every retry: the backend counts each eventId once. */
  eventId: z.string().min(1),
  matchId: z.string().min(1),
  /** The team credited with the goal. */
  team: z.enum(['red', 'blue']),
  /** When the ball cut the beam, epoch ms, by the table's clock. */
  at: z.number().int(),
  /**
   * The table's count of goals stored, strictly increasing across restarts: it orders two
   * goals with the same `at`. Optional because older firmware (and goals it left in an
   * outbox) has none.
   */
  seq: z.number().int().positive().optional(),
  /** The ball's speed, km/h, when the goal has a second beam that timed it (device protocol extension). */
  speedKmh: z.number().positive().max(200).optional(),
});

export type GoalEvent = z.infer<typeof goalEventSchema>;

/** A goal just detected: the outbox gives it its `seq` when it stores it. */
export type NewGoal = Omit<GoalEvent, 'seq'>;

/** A new goal with a fresh eventId, and the ball's speed when it was timed. */
export function goalScored(matchId: string, team: GoalEvent['team'], at: number, speedKmh?: number): NewGoal {
  return { eventId: randomUUID(), matchId, team, at, ...(speedKmh === undefined ? {} : { speedKmh }) };
}

/**
 * The order goals are sent in: by `seq`; goals without one were stored by older firmware,
 * before any goal that has one, so they go first, by `at`.
 */
export function sendOrder(a: GoalEvent, b: GoalEvent): number {
  if (a.seq !== undefined && b.seq !== undefined) return a.seq - b.seq;
  if (a.seq === undefined && b.seq === undefined) return a.at - b.at;
  return a.seq === undefined ? -1 : 1;
}
