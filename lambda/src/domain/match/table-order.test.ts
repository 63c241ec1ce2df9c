import { describe, expect, it } from 'vitest';
import { MatchPausedError, NoMatchRunningError } from '../errors';
import { scoreGoal, scoreTableGoal, type TableGoalOutcome } from './goals';
import { abandonMatch, pauseMatch } from './life-cycle';
import { resolveRules } from './rules';
import { aliceVersusBob } from './test-fixtures';
import type { Match, TeamColor } from './types';

/** Table goals at the given table times, delivered in the order listed. */
function deliver(
  match: Match,
  goals: Array<[TeamColor, number, number?]>,
): { match: Match; last: TableGoalOutcome } {
  let current = match;
  let last: TableGoalOutcome | undefined;
  for (const [team, at, seq] of goals) {
    last = scoreTableGoal(current, {
      id: `${team}@${at}#${seq ?? ''}`,
      team,
      kind: 'goal',
      source: 'table',
      at,
      receivedAt: 1_000_000,
      ...(seq === undefined ? {} : { seq }),
    });
    current = last.match;
  }
  if (!last) throw new Error('no goal');
  return { match: current, last };
}

/** Nine goals each, one second apart, delivered in order: 9–9. */
function nineAll(): Match {
  const goals: Array<[TeamColor, number]> = [];
  for (let i = 0; i < 18; i++) goals.push([i % 2 === 0 ? 'red' : 'blue', 10_000 + i * 1000]);
  return deliver(aliceVersusBob(), goals).match;
}

describe('scoreTableGoal', () => {
  it('gives the match to the goal scored first at 9–9, even when it is delivered second', () => {
    // Prepare: red scored at t=40000, blue at t=41000; blue's event arrives first.
    const blueFirst = deliver(nineAll(), [['blue', 41_000]]);
    expect(blueFirst.match).toMatchObject({ status: 'finished', winner: 'blue' });

    // Act
    const { match, last } = deliver(blueFirst.match, [['red', 40_000]]);

    // Assess
    expect(last).toMatchObject({ kind: 'counted', matchWon: 'red' });
    expect(match).toMatchObject({ status: 'finished', winner: 'red', score: { red: 10, blue: 9 } });
    expect(match.goals.map((goal) => goal.at).at(-1)).toBe(40_000);
    expect(match.seenEventIds).toContain('blue@41000#');
  });

  it('keeps the finish time of the first finish when a late goal changes the winner', () => {
    const blueFirst = deliver(nineAll(), [['blue', 41_000]]).match;
    const { match } = deliver(blueFirst, [['red', 40_000]]);
    expect(match.finishedAt).toBe(blueFirst.finishedAt);
  });

  it('takes a goal scored after the winning one as too late', () => {
    const won = deliver(nineAll(), [['red', 40_000]]).match;
    const { match, last } = deliver(won, [['blue', 41_000]]);
    expect(last.kind).toBe('tooLate');
    expect(match).toMatchObject({ status: 'finished', winner: 'red', score: { red: 10, blue: 9 } });
    expect(match.seenEventIds).toContain('blue@41000#');
  });

  it('orders goals of the same table time by the table sequence number', () => {
    const sameSecond = deliver(nineAll(), [
      ['blue', 40_000, 20],
      ['red', 40_000, 19],
    ]);
    expect(sameSecond.match).toMatchObject({ winner: 'red' });
  });

  it('places a late goal among the goals of a game and replays the games', () => {
    // Prepare: best of three to 3; red leads 2–0 in the first game, blue's goal at t=1500 comes late.
    const match = aliceVersusBob(resolveRules({ target: 3, bestOf: 3 }));
    const { match: replayed } = deliver(match, [
      ['red', 1000],
      ['red', 2000],
      ['red', 3000],
      ['blue', 1500],
    ]);
    expect(replayed.games).toEqual([{ red: 3, blue: 1 }]);
    expect(replayed.goals.map((goal) => goal.at)).toEqual([1000, 1500, 2000, 3000]);
  });

  it('keeps voice goals where they were said', () => {
    const voice = scoreGoal(aliceVersusBob(), {
      id: 'v',
      team: 'blue',
      kind: 'goal',
      source: 'voice',
      at: 5000,
    }).match;
    const { match } = deliver(voice, [['red', 1000]]);
    expect(match.goals.map((goal) => goal.source)).toEqual(['voice', 'table']);
  });

  it('takes the same event twice as once', () => {
    const once = deliver(aliceVersusBob(), [['red', 1000]]).match;
    const { match, last } = deliver(once, [['red', 1000]]);
    expect(last.kind).toBe('duplicate');
    expect(match.score).toEqual({ red: 1, blue: 0 });
  });

  it('refuses a paused, abandoned or absent match', () => {
    expect(() => deliver(pauseMatch(aliceVersusBob(), 1), [['red', 1]])).toThrow(MatchPausedError);
    expect(() => deliver(abandonMatch(aliceVersusBob(), 1), [['red', 1]])).toThrow(NoMatchRunningError);
    expect(() =>
      scoreTableGoal(undefined, { id: 'x', team: 'red', kind: 'goal', source: 'table', at: 1 }),
    ).toThrow(NoMatchRunningError);
  });

  it('finishes the match at the backend time it was received', () => {
    const goals: Array<[TeamColor, number]> = Array.from({ length: 10 }, (_, i) => ['red', 5 + i]);
    expect(deliver(aliceVersusBob(), goals).match.finishedAt).toBe(1_000_000);
  });
});
