import { z } from 'zod';
import type { MatchResult } from '../domain/match/result';
import {
  epochMsSchema,
  matchResultSchema,
  modeSchema,
  rulesSchema,
  scoreSchema,
  teamColorSchema,
  teamsSchema,
} from '../domain/match/result-schema';
import type { Goal, Match, MatchRules } from '../domain/match/types';

const count = z.number().int().nonnegative();
const teamColor = teamColorSchema;
const epochMs = epochMsSchema;
const score = scoreSchema;
const teams = teamsSchema;
const mode = modeSchema;

const goalSchema = z.object({
  id: z.string(),
  team: teamColor,
  scorer: z.string().optional(),
  kind: z.enum(['goal', 'gamelle', 'midfield']),
  source: z.enum(['voice', 'table']),
  at: epochMs,
  seq: count.optional(),
  speedKmh: z.number().positive().optional(),
});

/** A `Match` as stored in the live item. */
export const matchSchema = z.object({
  id: z.string(),
  status: z.enum(['in_progress', 'paused', 'finished', 'abandoned']),
  mode,
  teams,
  rules: rulesSchema,
  goals: z.array(goalSchema),
  games: z.array(score),
  score,
  gamesWon: score,
  seenEventIds: z.array(z.string()),
  startedAt: epochMs,
  pausedAt: epochMs.optional(),
  finishedAt: epochMs.optional(),
  winner: teamColor.optional(),
  tournament: z.object({ id: z.string() }).optional(),
  shotRecordSaid: z.string().optional(),
});

/**
 * Item at `THING#<thingName>` / `LIVE`. `leagueId` is the league the table plays in; an item
 * written before leagues holds `accountId` instead (the account whose records became its
 * league). A table moved to a league before its first match has no `match` yet.
 */
export const liveItemSchema = z
  .object({
    leagueId: z.string().min(1).optional(),
    accountId: z.string().min(1).optional(),
    version: count,
    match: matchSchema.optional(),
    updatedAt: z.string(),
  })
  .refine((item) => item.leagueId !== undefined || item.accountId !== undefined, {
    message: 'a live item names its league',
  });

/** Item at `ACCOUNT#<leagueId>` / `MATCH#<finishedAt ISO>#<matchId>`. */
export const historyItemSchema = z.object({ result: matchResultSchema });

/** Item at `ACCOUNT#<leagueId>` / `PLAYERS` (the document client reads a string set as a Set). */
export const playersItemSchema = z.object({
  names: z.set(z.string()).optional(),
  aliases: z.record(z.string(), z.string()).optional(),
});

/*
 * z.object drops keys it does not know, so a field added to the domain types but not here
 * would be silently lost on the next load. These checks make such a drift a compile error.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Covers<Schema extends z.ZodType, T> =
  Same<keyof z.infer<Schema>, keyof T> extends true ? Same<z.infer<Schema>, T> : false;
export type SchemasMatchDomainTypes = [
  Covers<typeof matchSchema, Match>,
  Covers<typeof matchResultSchema, MatchResult>,
  Covers<typeof rulesSchema, MatchRules>,
  Covers<typeof goalSchema, Goal>,
] extends [true, true, true, true]
  ? true
  : never;
const schemasMatchDomainTypes: SchemasMatchDomainTypes = true;
void schemasMatchDomainTypes;
