import { z } from 'zod';
import type { Tournament } from './types';

const entrantIndex = z.number().int().min(0);
const score = z.object({ red: z.number().int().min(0), blue: z.number().int().min(0) });

const tournamentMatchSchema = z.object({
  red: z.array(entrantIndex).max(2),
  blue: z.array(entrantIndex).max(2),
  state: z.enum(['pending', 'in_play', 'played', 'bye']),
  matchId: z.string().optional(),
  goals: score.optional(),
  winner: z.enum(['red', 'blue']).optional(),
  forfeit: z.literal(true).optional(),
});

/**
 * Parses a stored tournament (a storage adapter's trust boundary) into a `Tournament`.
 * It checks the shape, not the game rules.
 */
export const tournamentSchema = z.object({
  format: z.enum([
    'round_robin',
    'knockout',
    'monster_dyp',
    'swiss',
    'double_elimination',
    'last_man_standing',
  ]),
  mode: z.enum(['singles', 'doubles']),
  status: z.enum(['registering', 'running', 'finished', 'abandoned']),
  settings: z.object({
    target: z.number().int().min(1),
    bestOf: z.union([z.literal(1), z.literal(3)]),
    rounds: z.number().int().min(1).optional(),
    lives: z.number().int().min(1).optional(),
    playoff: z.union([z.literal(4), z.literal(8)]).optional(),
  }),
  entrants: z.array(
    z.object({ players: z.array(z.string().min(1)).min(1).max(2), left: z.literal(true).optional() }),
  ),
  seed: z.string().optional(),
  rounds: z.array(
    z.object({
      matches: z.array(tournamentMatchSchema),
      sittingOut: z.array(entrantIndex).optional(),
      stage: z.enum(['winners', 'losers', 'grand_final', 'reset', 'playoff']).optional(),
    }),
  ),
  qualifiers: z.array(z.array(entrantIndex).min(1).max(2)).optional(),
}) satisfies z.ZodType<Tournament>;
