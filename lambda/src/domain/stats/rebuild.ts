import type { MatchResult } from '../match/result';
import { hasApplied } from './apply-result';
import { countResult, emptyStats } from './count-result';
import { aggregateKeys } from './periods';
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
        documents.set(period, document);
      }
      if (!hasApplied(document, result.id)) countResult(document, result);
    }
  }
  return { ...Object.fromEntries(documents), all };
}
