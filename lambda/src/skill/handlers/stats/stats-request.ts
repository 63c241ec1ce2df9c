import type { HandlerInput } from 'ask-sdk-core';
import type { PeriodKind, StatsMode } from '../../../domain/stats';
import { slotChoice, slotNumber, slotPlayerOnly } from '../../slots';

/** The two rankings: by wins, or by skill rating (conservative estimate). */
export type RankingKind = 'wins' | 'rating';

/** What a stats question is about, from its slots; all time, every mode and wins by default. */
export interface StatsQuestion {
  period: PeriodKind;
  /** No period was said: the league's running season once it closed one, else all time. */
  periodUnsaid?: true;
  mode: StatsMode;
  ranking: RankingKind;
}

/** How many places "the rankings" reads out when no number was said, and at most. */
export const DEFAULT_TOP = 3;
export const MAX_TOP = 10;

/** What a stats question means when it does not say: all time, every mode, ranked by wins. */
export const DEFAULT_STATS_QUESTION: StatsQuestion = { period: 'all', mode: 'all', ranking: 'wins' };

export function statsQuestion(input: HandlerInput): StatsQuestion {
  const period = slotChoice(input, 'period', ['week', 'month', 'all', 'season', 'lastSeason'] as const);
  return {
    period: period ?? DEFAULT_STATS_QUESTION.period,
    ...(period === undefined ? { periodUnsaid: true as const } : {}),
    mode: slotChoice(input, 'mode', ['singles', 'doubles'] as const) ?? DEFAULT_STATS_QUESTION.mode,
    ranking: slotChoice(input, 'ranking', ['wins', 'rating'] as const) ?? DEFAULT_STATS_QUESTION.ranking,
  };
}

/** "Top 5": the number of places asked for, kept between 1 and `MAX_TOP`. */
export function topCount(input: HandlerInput): number {
  const asked = slotNumber(input, 'count') ?? DEFAULT_TOP;
  return Math.min(MAX_TOP, Math.max(1, asked));
}

/**
 * A player named in a stats question. What Alexa hears in "what's Alice's rank" or "le
 * classement d'Alice" can carry the possessive or the elided "de": the name is what remains.
 */
export function statsPlayerName(input: HandlerInput, slot: string): string | undefined {
  const name = slotPlayerOnly(input, slot);
  if (name === undefined) return undefined;
  const bare = name.replace(/['’]s$/iu, '').replace(/^[dl]['’](?=\p{L})/iu, '');
  return bare === '' ? name : bare.charAt(0).toUpperCase() + bare.slice(1);
}
