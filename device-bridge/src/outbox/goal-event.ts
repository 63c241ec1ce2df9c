import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** The goal event of the device protocol, published to `babyfoot/{thing}/events/goal`. */
export const goalEventSchema = z.object({
  /** Unique, and the same on every retry: the backend counts each eventId once. */
  eventId: z.string().min(1),
  matchId: z.string().min(1),
  /** The team credited with the goal. */
  team: z.enum(['red', 'blue']),
  /** When the ball cut the beam, epoch ms. */
  at: z.number().int(),
});

export type GoalEvent = z.infer<typeof goalEventSchema>;

/** A new goal event with a fresh eventId. */
export function goalScored(matchId: string, team: GoalEvent['team'], at: number): GoalEvent {
  return { eventId: randomUUID(), matchId, team, at };
}
