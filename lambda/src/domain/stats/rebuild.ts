import type { MatchResult } from '../match/result';
import { hasApplied } from './apply-result';
import { carriedRatings } from './carry-ratings';
import { countResult, emptyStats } from './count-result';
import { aggregateKeys, CURRENT_SEASON } from './periods';
import type { AccountStats, PeriodId, StatsOptions } from './types';

/** Aggregate documents by period id; the all-time one is always there. */
export type StatsDocuments = { all: AccountStats; [period: string]: AccountStats };

/**
 * Every aggregate document, recounted from the raw history: the all-time document and one
 * per month and ISO week that holds a match. Results are counted in the order they
 * finished (ties keep the given order), as `applyResult` would have counted them live; the
 * outcome is the same as applying them one by one in that order.
 */
export function rebuildStats(results: readonly MatchResult[], options: StatsOptions = {}): StatsDocuments {
  const all = emptyStats('all');
  const documents = new Map<PeriodId, AccountStats>([['all', all]]);
  const chronological = [...results].sort((a, b) => a.finishedAt - b.finishedAt);
  for (const result of chronological) {
    for (const period of aggregateKeys(result, options)) {
      let document = documents.get(period);
      if (document === undefined) {
        document = emptyStats(period);
        const carried = carriedInto(period, documents, options);
        if (carried) document.carriedRatings = carried;
        documents.set(period, document);
      }
      if (!hasApplied(document, result.id)) countResult(document, result);
    }
  }
  const closedSeasons = options.seasons?.closedAt.length ?? 0;
  if (closedSeasons > 0) all.closedSeasons = closedSeasons;
  return { ...Object.fromEntries(documents), all };
}

/**
 * The ratings a season's document starts from: the previous season's, softened, when that
 * season was closed with its ratings carried over. The previous season's matches all finished
 * before this one's first, so its document is complete when this one is created.
 */
function carriedInto(
  period: PeriodId,
  documents: ReadonlyMap<PeriodId, AccountStats>,
  options: StatsOptions,
): AccountStats['carriedRatings'] {
  if (!period.startsWith('season:')) return undefined;
  const closed = options.seasons?.closedAt.length ?? 0;
  const number = period === CURRENT_SEASON ? closed + 1 : Number(period.slice('season:'.length));
  if (number < 2 || options.seasons?.carryRatings?.[number - 2] !== true) return undefined;
  const previous = documents.get(`season:${number - 1}`);
  return previous === undefined ? undefined : carriedRatings(previous);
}
