import { z } from 'zod';

const team = z.enum(['red', 'blue']);
const score = z.object({ red: z.number().int().min(0).default(0), blue: z.number().int().min(0).default(0) });

/**
 * `state.desired.match` as the backend writes it (device protocol). Missing counters take
 * their neutral value so that a partly known document still shows something sensible.
 */
export const shadowMatchSchema = z.object({
  id: z.string(),
  status: z.enum(['none', 'in_progress', 'paused', 'finished', 'abandoned']),
  mode: z.enum(['singles', 'doubles']).default('singles'),
  target: z.number().int().positive().default(10),
  winBy: z.number().int().positive().default(1),
  bestOf: z.number().int().positive().default(1),
  teams: z
    .object({ red: z.array(z.string()).default([]), blue: z.array(z.string()).default([]) })
    .default({ red: [], blue: [] }),
  score: score.default({ red: 0, blue: 0 }),
  games: score.default({ red: 0, blue: 0 }),
  winner: team.optional(),
});

export type ShadowMatch = z.infer<typeof shadowMatchSchema>;
export type ShadowMatchStatus = ShadowMatch['status'];

/** `state.desired.pairing`: the code the backend asks the table to show. */
export const shadowPairingSchema = z.object({
  code: z.string().min(1).max(16),
  expiresAt: z.number(),
});

export type ShadowPairing = z.infer<typeof shadowPairingSchema>;
