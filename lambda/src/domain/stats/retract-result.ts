import type { MatchResult } from '../match/result';
import { hasApplied } from './apply-result';
import { countResult } from './count-result';
import type { AccountStats, CountedResult } from './types';

/** Puts back what counting the journal's last result changed (`draft` is the caller's copy). */
function uncount(draft: AccountStats, counted: CountedResult): void {
  const { before } = counted;
  draft.players.splice(before.playerCount);
  for (const [index, totals] of Object.entries(before.players)) draft.players[Number(index)] = totals;
  for (const [key, totals] of Object.entries(before.partners)) {
    if (totals === null) delete draft.partners[key];
    else draft.partners[key] = totals;
  }
  for (const [key, totals] of Object.entries(before.rivalries)) {
    if (totals === null) delete draft.rivalries[key];
    else draft.rivalries[key] = totals;
  }
  if (before.fastestShot === null) delete draft.fastestShot;
  else if (before.fastestShot !== undefined) draft.fastestShot = before.fastestShot;
  draft.matches = before.matches;
  draft.lastFinishedAt = before.lastFinishedAt;
  draft.recentResultIds.pop();
  draft.recentResultIds.unshift(...before.forgottenResultIds);
}

/**
 * The document as if result `resultId` had never been counted (an undone finishing goal, a
 * late goal that gave the match to the other side): the results counted after it are
 * uncounted, it is dropped, and they are counted again in their order, ratings included.
 * `stats` is not changed; a result the document never counted returns `stats` itself.
 * @returns undefined when the result is older than the document's journal: only a recount
 *   from the history (`rebuildStats`) can take it back.
 */
export function retractResult(stats: AccountStats, resultId: string): AccountStats | undefined {
  return replaceResult(stats, resultId);
}

/**
 * The document as if result `resultId` had been `replacement` (a corrected score) from the
 * start, or never counted when `replacement` is left out: the results counted after it are
 * uncounted, the replacement counted in its place, and the later ones counted again in their
 * order, so ratings, streaks and fannys come out as if the match had always had that result.
 * `stats` is not changed; a result the document never counted returns `stats` itself.
 * @returns undefined when the result is older than the document's journal (`JOURNAL_LENGTH`).
 */
export function replaceResult(
  stats: AccountStats,
  resultId: string,
  replacement?: MatchResult,
): AccountStats | undefined {
  if (!hasApplied(stats, resultId)) return stats;
  const journal = stats.journal ?? [];
  const at = journal.findIndex((counted) => counted.result.id === resultId);
  if (at === -1) return undefined;
  const draft = structuredClone(stats);
  const counted = draft.journal ?? [];
  for (let i = counted.length - 1; i >= at; i--) {
    const entry = counted[i];
    if (entry) uncount(draft, entry);
  }
  draft.journal = counted.slice(0, at);
  if (replacement) countResult(draft, replacement);
  for (const later of counted.slice(at + 1)) countResult(draft, later.result);
  return draft;
}
