import { describe, expect, it } from 'vitest';
import { abandonMatch, pauseMatch } from './life-cycle';
import { itsfRules, resolveRules } from './rules';
import { summarizeScore } from './score-summary';
import { aliceVersusBob, tableGoals } from './test-fixtures';

describe('summarizeScore', () => {
  it('tells a new match as 0-0 in game 1, each team 10 points away', () => {
    expect(summarizeScore(aliceVersusBob())).toEqual({
      status: 'in_progress',
      tied: true,
      score: { red: 0, blue: 0 },
      gamesWon: { red: 0, blue: 0 },
      gameNumber: 1,
      bestOf: 1,
      target: 10,
      pointsToWin: { red: 10, blue: 10 },
    });
  });

  it('names the leader and the points each team still needs', () => {
    // Act
    const summary = summarizeScore(tableGoals(aliceVersusBob(), 'bbbbr'));
    // Assess
    expect(summary).toMatchObject({ leader: 'blue', tied: false, pointsToWin: { red: 9, blue: 6 } });
    expect(summary.matchPoint).toBeUndefined();
  });

  it('calls a match point for the team one goal from winning', () => {
    expect(summarizeScore(tableGoals(aliceVersusBob(), 'rrrrrrrrrbb')).matchPoint).toBe('red');
  });

  it('calls no match point when either team would win with the next goal', () => {
    expect(summarizeScore(tableGoals(aliceVersusBob(), 'rb'.repeat(9))).matchPoint).toBeUndefined();
  });

  it('calls no match point when a game point would not win the match', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(resolveRules({ target: 3, bestOf: 3 })), 'rrr bb');
    // Act
    const summary = summarizeScore(match);
    // Assess
    expect(summary).toMatchObject({
      gameNumber: 2,
      gamesWon: { red: 1, blue: 0 },
      bestOf: 3,
      leader: 'blue',
    });
    expect(summary.matchPoint).toBeUndefined();
  });

  it('calls no match point at deuce under a 2-point lead, but does at advantage', () => {
    const rules = resolveRules({ winBy: 2 });
    expect(summarizeScore(tableGoals(aliceVersusBob(rules), 'rb'.repeat(10))).matchPoint).toBeUndefined();
    expect(summarizeScore(tableGoals(aliceVersusBob(rules), `${'rb'.repeat(10)}b`)).matchPoint).toBe('blue');
  });

  it('counts past the target as 0 points needed, the lead aside', () => {
    const summary = summarizeScore(tableGoals(aliceVersusBob(resolveRules({ winBy: 2 })), 'rb'.repeat(10)));
    expect(summary.pointsToWin).toEqual({ red: 0, blue: 0 });
  });

  it('tells the deciding ITSF game as game 3, with its match points', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(itsfRules(3)), 'rrrrr bbbbb rrrrb');
    // Act
    const summary = summarizeScore(match);
    // Assess
    expect(summary).toMatchObject({
      gameNumber: 3,
      target: 5,
      gamesWon: { red: 1, blue: 1 },
      matchPoint: 'red',
    });
  });

  it('tells a finished match: winner, last game and its score', () => {
    // Act
    const summary = summarizeScore(tableGoals(aliceVersusBob(itsfRules(3)), 'rrrrr bbbbb rrrrr'));
    // Assess
    expect(summary).toMatchObject({
      status: 'finished',
      winner: 'red',
      leader: 'red',
      gameNumber: 3,
      score: { red: 5, blue: 0 },
      gamesWon: { red: 2, blue: 1 },
    });
    expect(summary.matchPoint).toBeUndefined();
  });

  it('keeps the status of a paused or abandoned match', () => {
    expect(summarizeScore(pauseMatch(aliceVersusBob(), 1)).status).toBe('paused');
    expect(summarizeScore(abandonMatch(tableGoals(aliceVersusBob(), 'r'), 1))).toMatchObject({
      status: 'abandoned',
      leader: 'red',
    });
  });
});
