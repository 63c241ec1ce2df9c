import { describe, expect, it } from 'vitest';
import { rescore } from '../league/corrections';
import { applyResult } from './apply-result';
import { emptyStats, JOURNAL_LENGTH } from './count-result';
import { rebuildStats } from './rebuild';
import { replaceResult } from './retract-result';
import { season } from './test-fixtures';
import type { AccountStats } from './types';

function counted(results: ReturnType<typeof season>): AccountStats {
  return results.reduce((stats, result) => applyResult(stats, result), emptyStats('all'));
}

function withoutJournal(stats: AccountStats | undefined) {
  if (stats === undefined) return undefined;
  const { journal: _journal, ...rest } = stats;
  return rest;
}

describe('replaceResult (a corrected match, in place)', () => {
  const results = season(60, 7);

  it.each([1, 5, JOURNAL_LENGTH])(
    'gives what a recount with the %ith last match corrected gives: ratings, streaks, fannys',
    (fromLast) => {
      const index = results.length - fromLast;
      const original = results[index];
      if (!original) throw new Error('no such match');
      const corrected = rescore(original, {
        winner: original.winner === 'red' ? 'blue' : 'red',
        winnerGoals: 10,
        loserGoals: 0,
      });
      const history = results.map((result, i) => (i === index ? corrected : result));

      const replaced = replaceResult(counted(results), original.id, corrected);

      expect(withoutJournal(replaced)).toEqual(withoutJournal(rebuildStats(history).all));
    },
  );

  it('takes a deleted match out as if it had never been played', () => {
    const index = results.length - 3;
    const original = results[index];
    if (!original) throw new Error('no such match');

    const replaced = replaceResult(counted(results), original.id);

    expect(withoutJournal(replaced)).toEqual(
      withoutJournal(rebuildStats(results.filter((_, i) => i !== index)).all),
    );
  });

  it('cannot reach a match older than the journal: only a recount can', () => {
    const original = results[results.length - JOURNAL_LENGTH - 1];
    if (!original) throw new Error('no such match');
    expect(replaceResult(counted(results), original.id)).toBeUndefined();
  });
});
