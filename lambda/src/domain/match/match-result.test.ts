import { describe, expect, it } from 'vitest';
import { scoreGoal } from './goals';
import { matchResult } from './match-result';
import { BAR_RULES, resolveRules } from './rules';
import { startMatch } from './start-match';
import { aliceVersusBob, tableGoals } from './test-fixtures';
import type { Match } from './types';

function doublesWon(scorers: string[], blueGoals: number): Match {
  let match = startMatch({
    id: 'd1',
    teams: { red: ['Alice', 'Bob'], blue: ['Carole', 'David'] },
    rules: BAR_RULES,
    at: 100,
  });
  match = tableGoals(match, 'b'.repeat(blueGoals));
  for (const [index, player] of scorers.entries()) {
    const kind = index === 0 ? 'gamelle' : 'goal';
    match = scoreGoal(match, { id: `v${index}`, player, kind, source: 'voice', at: 500 + index }).match;
  }
  return match;
}

describe('matchResult', () => {
  it('keeps every game, goals per team over the whole match, and the winner', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(resolveRules({ target: 3, bestOf: 3 })), 'rrbr bbb rrr');
    // Act
    const result = matchResult(match);
    // Assess
    expect(result).toMatchObject({
      id: 'm1',
      mode: 'singles',
      games: [
        { red: 3, blue: 1 },
        { red: 0, blue: 3 },
        { red: 3, blue: 0 },
      ],
      gamesWon: { red: 2, blue: 1 },
      goals: { red: 6, blue: 4 },
      winner: 'red',
      fanny: false,
      scorers: {},
      startedAt: 1000,
      finishedAt: match.finishedAt,
    });
  });

  it('marks a fanny when the losers scored no goal at all', () => {
    expect(matchResult(tableGoals(aliceVersusBob(), 'b'.repeat(10))).fanny).toBe(true);
    expect(matchResult(tableGoals(aliceVersusBob(), `r${'b'.repeat(10)}`)).fanny).toBe(false);
  });

  it('counts goals per named scorer, a gamelle as one goal', () => {
    // Act
    const result = matchResult(doublesWon(['alice', 'Bob', 'ALICE', ...Array(7).fill('Bob')], 2));
    // Assess
    expect(result.scorers).toEqual({ Alice: 2, Bob: 8 });
    expect(result.goals).toEqual({ red: 10, blue: 2 });
    expect(result.winner).toBe('red');
  });

  it('refuses a match that is not finished', () => {
    expect(() => matchResult(tableGoals(aliceVersusBob(), 'rrr'))).toThrow(/not finished/);
  });
});
