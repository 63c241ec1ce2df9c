import { describe, expect, it } from 'vitest';
import { NoMatchRunningError, NothingToUndoError } from '../errors';
import { scoreGoal, undoLastGoal } from './goals';
import { abandonMatch, pauseMatch } from './life-cycle';
import { resolveRules } from './rules';
import { summarizeScore } from './score-summary';
import { aliceVersusBob, tableGoals } from './test-fixtures';

const bestOfThreeTo3 = resolveRules({ target: 3, bestOf: 3 });

describe('undoLastGoal', () => {
  it('takes back the last goal and says which one it was', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(), 'rrb');
    // Act
    const { match: undone, undone: goal } = undoLastGoal(match, 5000);
    // Assess
    expect(goal).toEqual(match.goals[2]);
    expect(undone.score).toEqual({ red: 2, blue: 0 });
    expect(undone.goals).toEqual(match.goals.slice(0, 2));
  });

  it('keeps the undone goal seen, so a late retry of it is not counted again', () => {
    // Prepare
    const scored = scoreGoal(aliceVersusBob(), {
      id: 'e1',
      team: 'red',
      kind: 'goal',
      source: 'table',
      at: 1,
    });
    const { match } = undoLastGoal(scored.match, 2);
    // Act
    const retry = scoreGoal(match, { id: 'e1', team: 'red', kind: 'goal', source: 'table', at: 3 });
    // Assess
    expect(match.seenEventIds).toEqual(['e1']);
    expect(retry.kind).toBe('duplicate');
    expect(retry.match.score).toEqual({ red: 0, blue: 0 });
  });

  it('undoes the first goal of a game without touching the game before', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(bestOfThreeTo3), 'rrbr b');
    // Act
    const { match: undone } = undoLastGoal(match, 1);
    // Assess
    expect(undone).toMatchObject({
      score: { red: 0, blue: 0 },
      games: [{ red: 3, blue: 1 }],
      gamesWon: { red: 1, blue: 0 },
    });
  });

  it('re-opens the game before when the goal that won it is undone', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(bestOfThreeTo3), 'rrbr');
    // Act
    const { match: undone } = undoLastGoal(match, 1);
    // Assess
    expect(undone).toMatchObject({ score: { red: 2, blue: 1 }, games: [], gamesWon: { red: 0, blue: 0 } });
  });

  it('gives back a match point when the goal that made it is undone', () => {
    // Prepare
    const matchPoint = tableGoals(aliceVersusBob(bestOfThreeTo3), 'rrr rr');
    // Act
    const { match: undone } = undoLastGoal(matchPoint, 1);
    // Assess
    expect(summarizeScore(matchPoint).matchPoint).toBe('red');
    expect(summarizeScore(undone).matchPoint).toBeUndefined();
    expect(undone.score).toEqual({ red: 1, blue: 0 });
  });

  it('works while paused, and the match stays paused', () => {
    // Prepare
    const paused = pauseMatch(tableGoals(aliceVersusBob(), 'rb'), 1);
    // Act
    const { match } = undoLastGoal(paused, 2);
    // Assess
    expect(match).toMatchObject({ status: 'paused', score: { red: 1, blue: 0 } });
  });

  it('has nothing to undo before the first goal', () => {
    expect(() => undoLastGoal(aliceVersusBob(), 1)).toThrow(NothingToUndoError);
  });

  it('refuses when no match is running', () => {
    expect(() => undoLastGoal(undefined, 1)).toThrow(NoMatchRunningError);
    expect(() => undoLastGoal(tableGoals(aliceVersusBob(), 'r'.repeat(10)), 1)).toThrow(NoMatchRunningError);
    expect(() => undoLastGoal(abandonMatch(tableGoals(aliceVersusBob(), 'r'), 1), 1)).toThrow(
      NoMatchRunningError,
    );
  });
});
