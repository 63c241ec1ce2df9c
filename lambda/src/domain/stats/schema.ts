import { z } from 'zod';
import { matchResultSchema, speedKmhSchema, teamColorSchema } from '../match/result-schema';
import type { AccountStats, PeriodId } from './types';

const PERIOD_PATTERN = /^(all|month:\d{4}-\d{2}|week:\d{4}-W\d{2}|season:(current|[1-9]\d*))$/;
const PAIR_PATTERN = /^\d+-\d+$/;

const count = z.number().int().nonnegative();
const rating = z.object({ mu: z.number(), sigma: z.number().positive() });

const modeTotals = z.object({
  played: count,
  won: count,
  goalsFor: count,
  goalsAgainst: count,
  fannysGiven: count,
  fannysTaken: count,
});

const playerTotals = z.object({
  key: z.string(),
  name: z.string(),
  singles: modeTotals,
  doubles: modeTotals,
  goalsCredited: count,
  fastestShotKmh: speedKmhSchema.optional(),
  currentStreak: count,
  longestStreak: count,
  ratings: z.object({ all: rating, singles: rating.optional(), doubles: rating.optional() }),
  lastPlayedAt: z.number(),
});

const shotRecord = z.object({
  speedKmh: speedKmhSchema,
  team: teamColorSchema,
  players: z.array(z.string()),
  scorer: z.string().optional(),
  resultId: z.string(),
  finishedAt: z.number(),
});

const partner = z.object({ played: count, won: count });
const rivalry = z.object({ firstWins: count, secondWins: count, firstGoals: count, secondGoals: count });

const countedResult = z.object({
  result: matchResultSchema,
  before: z.object({
    matches: count,
    lastFinishedAt: z.number(),
    playerCount: count,
    players: z.record(z.string().regex(/^\d+$/), playerTotals),
    partners: z.record(z.string().regex(PAIR_PATTERN), partner.nullable()),
    rivalries: z.record(z.string().regex(PAIR_PATTERN), rivalry.nullable()),
    forgottenResultIds: z.array(z.string()),
    fastestShot: shotRecord.nullable().optional(),
  }),
});

/**
 * Checks an aggregate document read from storage before the domain uses it (the store
 * parses with it: no casts at that boundary).
 */
export const accountStatsSchema: z.ZodType<AccountStats> = z.object({
  formatVersion: z.literal(1),
  period: z.custom<PeriodId>((value) => typeof value === 'string' && PERIOD_PATTERN.test(value)),
  matches: count,
  lastFinishedAt: z.number(),
  recentResultIds: z.array(z.string()),
  players: z.array(playerTotals),
  partners: z.record(z.string().regex(PAIR_PATTERN), partner),
  rivalries: z.record(z.string().regex(PAIR_PATTERN), rivalry),
  fastestShot: shotRecord.optional(),
  journal: z.array(countedResult).optional(),
  closedSeasons: z.number().int().positive().optional(),
  carriedRatings: z
    .record(z.string(), z.object({ all: rating, singles: rating.optional(), doubles: rating.optional() }))
    .optional(),
});
