import { describe, expect, it } from 'vitest';
import { applyResult, hasApplied } from './apply-result';
import { emptyStats, REMEMBERED_RESULT_IDS } from './count-result';
import { playerStats } from './player-stats';
import { redBeatsBlue } from './test-fixtures';

const start = Date.UTC(2025, 4, 5, 12);

describe('applyResult', () => {
  it('leaves the document it was given unchanged', () => {
    const before = emptyStats('all');
    const snapshot = structuredClone(before);

    const after = applyResult(before, redBeatsBlue(['Alice'], ['Bob'], start));

    expect(before).toEqual(snapshot);
    expect(after.matches).toBe(1);
  });

  it('ignores a result applied twice, even after others', () => {
    // Prepare: a finish written twice (a retried write), with another match in between.
    const first = redBeatsBlue(['Alice', 'Bob'], ['Chloé', 'David'], start, 0);
    const second = redBeatsBlue(['Chloé'], ['Alice'], start + 1000);
    const once = applyResult(applyResult(emptyStats('all'), first), second);

    // Act
    const replayed = applyResult(once, first);

    // Assess
    expect(replayed).toBe(once);
    expect(hasApplied(once, first.id)).toBe(true);
    expect(playerStats(replayed, 'Alice')).toMatchObject({ played: 2, won: 1, fannysGiven: 1 });
  });

  it('remembers a bounded number of result ids', () => {
    let stats = emptyStats('all');
    const results = Array.from({ length: REMEMBERED_RESULT_IDS + 10 }, (_, i) =>
      redBeatsBlue(['Alice'], ['Bob'], start + i * 1000),
    );
    for (const result of results) stats = applyResult(stats, result);

    expect(stats.recentResultIds).toHaveLength(REMEMBERED_RESULT_IDS);
    expect(stats.recentResultIds.at(-1)).toBe(results.at(-1)?.id);
    expect(stats.matches).toBe(results.length);
  });

  it('counts a player once however the name is spelled, keeping the first spelling', () => {
    let stats = applyResult(emptyStats('all'), redBeatsBlue(['Hélène'], ['Bob'], start));
    stats = applyResult(stats, redBeatsBlue(['HELENE '], ['bob'], start + 1000));

    expect(stats.players.map((p) => p.name)).toEqual(['Hélène', 'Bob']);
    expect(playerStats(stats, 'helene')).toMatchObject({ name: 'Hélène', played: 2, won: 2 });
  });

  it('credits goals only to named players who were at the table', () => {
    const result = {
      ...redBeatsBlue(['Alice'], ['Bob'], start, 3),
      scorers: { alice: 6, Bob: 3, Zoé: 4, ['__proto__']: 1 },
    };

    const stats = applyResult(emptyStats('all'), result);

    expect(playerStats(stats, 'Alice').goalsCredited).toBe(6);
    expect(playerStats(stats, 'Bob').goalsCredited).toBe(3);
    expect(stats.players).toHaveLength(2);
  });
});
