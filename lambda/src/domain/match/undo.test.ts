import { describe, expect, it } from 'vitest';
import { NoMatchRunningError, NothingToUndoError } from '../errors';
import { scoreGoal, undoLastGoal } from './goals';
import { abandonMatch, pauseMatch } from './life-cycle';
import { resolveRules } from './rules';
import { summarizeScore } from './score-summary';
import { aliceVersusBob, tableGoals } from './test-fixtures';
import type { Goal, Match } from './types';

const bestOfThreeTo3 = resolveRules({ target: 3, bestOf: 3 });

/** The undo's outcome, which must have taken a goal back. */
function undo(
  match: Match | undefined,
  at: number,
  requestId?: string,
): { match: Match; undone: Goal; reopened?: Match } {
  const outcome = undoLastGoal(match, at, requestId);
  if (outcome.kind !== 'undone') throw new Error(`nothing undone: ${outcome.kind}`);
  return outcome;
}

describe('undoLastGoal', () => {
  it('takes back the last goal and says which one it was', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(), 'rrb');
    // Act
    const { match: undone, undone: goal } = undo(match, 5000);
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
    const { match } = undo(scored.match, 2);
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
    const { match: undone } = undo(match, 1);
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
    const { match: undone } = undo(match, 1);
    // Assess
    expect(undone).toMatchObject({ score: { red: 2, blue: 1 }, games: [], gamesWon: { red: 0, blue: 0 } });
  });

  it('gives back a match point when the goal that made it is undone', () => {
    // Prepare
    const matchPoint = tableGoals(aliceVersusBob(bestOfThreeTo3), 'rrr rr');
    // Act
    const { match: undone } = undo(matchPoint, 1);
    // Assess
    expect(summarizeScore(matchPoint).matchPoint).toBe('red');
    expect(summarizeScore(undone).matchPoint).toBeUndefined();
    expect(undone.score).toEqual({ red: 1, blue: 0 });
  });

  it('works while paused, and the match stays paused', () => {
    // Prepare
    const paused = pauseMatch(tableGoals(aliceVersusBob(), 'rb'), 1);
    // Act
    const { match } = undo(paused, 2);
    // Assess
    expect(match).toMatchObject({ status: 'paused', score: { red: 1, blue: 0 } });
  });

  it('has nothing to undo before the first goal', () => {
    expect(() => undoLastGoal(aliceVersusBob(), 1)).toThrow(NothingToUndoError);
  });

  it('refuses when there is no match, or it was abandoned', () => {
    expect(() => undoLastGoal(undefined, 1)).toThrow(NoMatchRunningError);
    expect(() => undoLastGoal(abandonMatch(tableGoals(aliceVersusBob(), 'r'), 1), 1)).toThrow(
      NoMatchRunningError,
    );
  });

  it('reopens a match won by the goal it takes back, at the score before, with the match it was', () => {
    // Prepare: a sensor counted one ball twice on the last point.
    const won = tableGoals(aliceVersusBob(), 'rrrrrrrrr bbbb r');
    expect(won.status).toBe('finished');

    // Act
    const { match, reopened } = undo(won, 9_000);

    // Assess
    expect(match).toMatchObject({ status: 'in_progress', score: { red: 9, blue: 4 } });
    expect(match.winner).toBeUndefined();
    expect(match.finishedAt).toBeUndefined();
    expect(reopened).toBe(won);
  });

  it('counts one win when the goal undone is scored again', () => {
    const won = tableGoals(aliceVersusBob(), 'r'.repeat(10));
    const again = scoreGoal(undo(won, 9_000).match, {
      id: 'again',
      team: 'red',
      kind: 'goal',
      source: 'voice',
      at: 9_500,
    });

    expect(again).toMatchObject({ kind: 'counted', matchWon: 'red' });
    expect(again.match).toMatchObject({ status: 'finished', score: { red: 10, blue: 0 }, finishedAt: 9_500 });
  });

  it('takes back one goal for one request, however often Alexa sends it', () => {
    const match = tableGoals(aliceVersusBob(), 'rrb');
    const once = undo(match, 5000, 'amzn1.echo-api.request.1');

    const retried = undoLastGoal(once.match, 5001, 'amzn1.echo-api.request.1');
    const next = undo(once.match, 5002, 'amzn1.echo-api.request.2');

    expect(retried).toEqual({ kind: 'duplicate', match: once.match });
    expect(next.match.score).toEqual({ red: 1, blue: 0 });
  });
});
