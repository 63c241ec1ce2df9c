import { z } from 'zod';
import type { MatchResult } from './result';
import type { MatchRules } from './types';

export const teamColorSchema = z.enum(['red', 'blue']);
const count = z.number().int().nonnegative();
export const epochMsSchema = z.number().int();
// A house where a gamelle takes a point off may play below zero.
export const scoreSchema = z.object({ red: z.number().int(), blue: z.number().int() });
export const teamsSchema = z.object({ red: z.array(z.string()), blue: z.array(z.string()) });
export const modeSchema = z.enum(['singles', 'doubles']);

export const rulesSchema = z.object({
  target: count,
  winBy: count,
  cap: count.optional(),
  bestOf: count,
  decidingGame: z.object({ winBy: count, cap: count.optional() }).optional(),
  preset: z.enum(['bar', 'itsf']).optional(),
  house: z
    .object({
      gamelle: z.enum(['goal', 'minusOne']),
      belowZero: z.boolean().optional(),
      midfield: z.enum(['counts', 'void', 'double']),
      fannyAt: count.optional(),
      announceFanny: z.literal(false).optional(),
    })
    .optional(),
});

/** A goal's speed as the device protocol allows it: above 0, at most 200 km/h. */
export const speedKmhSchema = z.number().positive().max(200);

const shooterSchema = z.number().int().nonnegative();

export const timedShotSchema = z.object({
  speedKmh: speedKmhSchema,
  team: teamColorSchema,
  player: shooterSchema.optional(),
});

/**
 * A `MatchResult` as stored: in a history item, and in the stats documents' journal of the
 * last results counted. Checked on every read.
 */
export const matchResultSchema = z.object({
  id: z.string(),
  mode: modeSchema,
  teams: teamsSchema,
  rules: rulesSchema,
  games: z.array(scoreSchema),
  gamesWon: scoreSchema,
  goals: scoreSchema,
  winner: teamColorSchema,
  fanny: z.boolean(),
  scorers: z.record(z.string(), count),
  fastestShot: timedShotSchema.optional(),
  fastestShotsBy: z
    .array(z.object({ speedKmh: speedKmhSchema, team: teamColorSchema, player: shooterSchema }))
    .optional(),
  startedAt: epochMsSchema,
  finishedAt: epochMsSchema,
});

/*
 * z.object drops keys it does not know, so a field added to the domain types but not here
 * would be silently lost on the next load. This check makes such a drift a compile error.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const resultSchemaMatchesType: [
  Same<z.infer<typeof matchResultSchema>, MatchResult>,
  Same<z.infer<typeof rulesSchema>, MatchRules>,
] = [true, true];
void resultSchemaMatchesType;
