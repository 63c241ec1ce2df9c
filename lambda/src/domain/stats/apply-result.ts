import type { MatchResult } from '../match/result';
import { countResult } from './count-result';
import { aggregateKeys } from './periods';
import type { AccountStats, StatsOptions } from './types';

/** True when this result was already counted in the document (among its last remembered ids). */
export function hasApplied(stats: AccountStats, resultId: string): boolean {
  return stats.recentResultIds.includes(resultId);
}

/**
 * The document with one more finished match counted. `stats` is not changed.
 * A result already counted (a retried write) returns `stats` itself, so the caller can see
 * there is nothing to write. Call it for each document of `aggregateKeys(result, options)`,
 * in the same write as the match.
 * @throws Error when the result does not fall in the document's period (a programming error).
 */
export function applyResult(
  stats: AccountStats,
  result: MatchResult,
  options: StatsOptions = {},
): AccountStats {
  if (hasApplied(stats, result.id)) return stats;
  if (!aggregateKeys(result, options).includes(stats.period)) {
    throw new Error(`Result ${result.id} does not belong to period ${stats.period}`);
  }
  const draft = structuredClone(stats);
  countResult(draft, result);
  return draft;
}
