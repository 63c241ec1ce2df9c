import { describe, expect, it } from 'vitest';
import { applyResult } from './apply-result';
import { emptyStats, JOURNAL_LENGTH } from './count-result';
import { playerStats } from './player-stats';
import { rankByRating } from './rankings';
import { rebuildStats } from './rebuild';
import { retractResult } from './retract-result';
import { redBeatsBlue, season } from './test-fixtures';
import type { AccountStats } from './types';

const start = Date.UTC(2025, 4, 5, 12);

function withoutJournal(stats: AccountStats | undefined): Omit<AccountStats, 'journal'> | undefined {
  if (stats === undefined) return undefined;
  const { journal: _journal, ...rest } = stats;
  return rest;
}

describe('retractResult', () => {
  it('takes back the last match as if it had never been played, ratings included', () => {
    // Prepare: Alice beats Bob, then a wrong finish gives Bob a win.
    const first = applyResult(emptyStats('all'), redBeatsBlue(['Alice'], ['Bob'], start));
    const wrong = redBeatsBlue(['Bob'], ['Alice'], start + 60_000);
    const counted = applyResult(first, wrong);

    // Act
    const retracted = retractResult(counted, wrong.id);

    // Assess
    expect(withoutJournal(retracted)).toEqual(withoutJournal(first));
    expect(playerStats(counted, 'Bob')).toMatchObject({ played: 2, won: 1 });
    expect(retracted && playerStats(retracted, 'Bob')).toMatchObject({ played: 1, won: 0 });
    expect(counted.matches).toBe(2);
  });

  it('forgets players the retracted match brought in', () => {
    const first = applyResult(emptyStats('all'), redBeatsBlue(['Alice'], ['Bob'], start));
    const wrong = redBeatsBlue(['Alice', 'Chloé'], ['Bob', 'David'], start + 60_000);

    const retracted = retractResult(applyResult(first, wrong), wrong.id);

    expect(retracted?.players.map((player) => player.name)).toEqual(['Alice', 'Bob']);
    expect(retracted?.partners).toEqual({});
  });

  it('counts the matches played after it again, as a recount without it would', () => {
    // Prepare: a season; a match among the journal's last ones is taken back.
    const results = season(40, 7);
    let stats = emptyStats('all');
    for (const result of results) stats = applyResult(stats, result);
    const gone = results[results.length - 4];
    if (gone === undefined) throw new Error('no result');

    // Act
    const retracted = retractResult(stats, gone.id);

    // Assess
    const recount = rebuildStats(results.filter((result) => result !== gone)).all;
    expect(withoutJournal(retracted)).toEqual(withoutJournal(recount));
    expect(retracted && rankByRating(retracted)).toEqual(rankByRating(recount));
  });

  it('lets the same match be counted again once taken back (undone, then won again)', () => {
    const wrong = redBeatsBlue(['Alice'], ['Bob'], start);
    const retracted = retractResult(applyResult(emptyStats('all'), wrong), wrong.id);
    if (retracted === undefined) throw new Error('not retracted');

    const again = applyResult(retracted, { ...wrong, finishedAt: start + 120_000 });

    expect(again.matches).toBe(1);
    expect(playerStats(again, 'Alice')).toMatchObject({ played: 1, won: 1 });
  });

  it('returns the document itself for a result it never counted', () => {
    const stats = applyResult(emptyStats('all'), redBeatsBlue(['Alice'], ['Bob'], start));

    expect(retractResult(stats, 'never-counted')).toBe(stats);
  });

  it('asks for a recount when the result is older than its journal', () => {
    const old = redBeatsBlue(['Alice'], ['Bob'], start);
    let stats = applyResult(emptyStats('all'), old);
    for (let i = 1; i <= JOURNAL_LENGTH; i++)
      stats = applyResult(stats, redBeatsBlue(['Bob'], ['Alice'], start + i * 60_000));

    expect(retractResult(stats, old.id)).toBeUndefined();
  });

  it('takes back a result counted by a recount', () => {
    const results = season(15, 3);
    const last = results[results.length - 1];
    if (last === undefined) throw new Error('no result');

    const retracted = retractResult(rebuildStats(results).all, last.id);

    expect(withoutJournal(retracted)).toEqual(withoutJournal(rebuildStats(results.slice(0, -1)).all));
  });
});
