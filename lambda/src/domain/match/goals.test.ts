import { describe, expect, it } from 'vitest';
import { BabyfootError, MatchPausedError, NoMatchRunningError, PlayerNotInMatchError } from '../errors';
import { scoreGoal } from './goals';
import { abandonMatch, pauseMatch } from './life-cycle';
import { BAR_RULES, itsfRules, resolveRules } from './rules';
import { startMatch } from './start-match';
import { aliceVersusBob, tableGoals } from './test-fixtures';

const redGoal = { id: 'g-red', team: 'red', kind: 'goal', source: 'table', at: 9000 } as const;

describe('scoring under bar rules', () => {
  it('counts a table goal for the team credited', () => {
    // Act
    const outcome = scoreGoal(aliceVersusBob(), redGoal);
    // Assess
    expect(outcome.kind).toBe('counted');
    expect(outcome.match.score).toEqual({ red: 1, blue: 0 });
    expect(outcome.match.goals).toEqual([
      { id: 'g-red', team: 'red', kind: 'goal', source: 'table', at: 9000 },
    ]);
    expect(outcome.match.seenEventIds).toEqual(['g-red']);
  });

  it('keeps the match going at 9-9', () => {
    expect(tableGoals(aliceVersusBob(), 'rb'.repeat(9)).status).toBe('in_progress');
  });

  it('ends the match when a team reaches 10, even by one point', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(), 'rb'.repeat(9));
    // Act
    const outcome = scoreGoal(match, { ...redGoal, at: 77_000 });
    // Assess
    expect(outcome).toMatchObject({
      kind: 'counted',
      gameWon: { winner: 'red', score: { red: 10, blue: 9 }, gameNumber: 1 },
      matchWon: 'red',
    });
    expect(outcome.match).toMatchObject({
      status: 'finished',
      winner: 'red',
      finishedAt: 77_000,
      score: { red: 10, blue: 9 },
      games: [{ red: 10, blue: 9 }],
      gamesWon: { red: 1, blue: 0 },
    });
  });

  it('says nothing about games or the match for an ordinary goal', () => {
    const outcome = scoreGoal(aliceVersusBob(), redGoal);
    expect(outcome).not.toHaveProperty('gameWon');
    expect(outcome).not.toHaveProperty('matchWon');
  });

  it('goes on past 10 until a team leads by 2 when asked for a 2-point lead', () => {
    // Prepare
    const match = aliceVersusBob(resolveRules({ winBy: 2 }));
    // Act
    const deuce = tableGoals(match, `${'rb'.repeat(10)}r`);
    const won = tableGoals(deuce, 'r');
    // Assess
    expect(deuce).toMatchObject({ status: 'in_progress', score: { red: 11, blue: 10 } });
    expect(won).toMatchObject({ status: 'finished', winner: 'red', score: { red: 12, blue: 10 } });
  });

  it('stops a 2-point-lead game at the cap: the first to reach it wins', () => {
    // Prepare
    const match = aliceVersusBob({ target: 10, winBy: 2, cap: 12, bestOf: 1 });
    // Act
    const won = tableGoals(match, `${'rb'.repeat(11)}b`);
    // Assess
    expect(won).toMatchObject({ status: 'finished', winner: 'blue', score: { red: 11, blue: 12 } });
  });

  it('counts a gamelle as one goal for the team credited', () => {
    // Act
    const outcome = scoreGoal(aliceVersusBob(), {
      ...redGoal,
      team: 'blue',
      kind: 'gamelle',
      source: 'voice',
    });
    // Assess
    expect(outcome.match.score).toEqual({ red: 0, blue: 1 });
    expect(outcome.match.goals[0]?.kind).toBe('gamelle');
  });
});

describe('best of N', () => {
  const bestOfThreeTo3 = resolveRules({ target: 3, bestOf: 3 });

  it('starts the next game at 0-0 when a game is won', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(bestOfThreeTo3), 'rrb');
    // Act
    const outcome = scoreGoal(match, redGoal);
    // Assess
    expect(outcome).toMatchObject({ gameWon: { winner: 'red', score: { red: 3, blue: 1 }, gameNumber: 1 } });
    expect(outcome).not.toHaveProperty('matchWon');
    expect(outcome.match).toMatchObject({
      status: 'in_progress',
      score: { red: 0, blue: 0 },
      games: [{ red: 3, blue: 1 }],
      gamesWon: { red: 1, blue: 0 },
    });
  });

  it('ends as soon as a team has won 2 games of 3', () => {
    // Act
    const match = tableGoals(aliceVersusBob(bestOfThreeTo3), 'rrr rrr');
    // Assess
    expect(match).toMatchObject({
      status: 'finished',
      winner: 'red',
      games: [
        { red: 3, blue: 0 },
        { red: 3, blue: 0 },
      ],
      gamesWon: { red: 2, blue: 0 },
      score: { red: 3, blue: 0 },
    });
  });

  it('reports the game number of each game won', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(bestOfThreeTo3), 'rrr bbb bb');
    // Act
    const outcome = scoreGoal(match, { ...redGoal, team: 'blue' });
    // Assess
    expect(outcome).toMatchObject({
      gameWon: { winner: 'blue', score: { red: 0, blue: 3 }, gameNumber: 3 },
      matchWon: 'blue',
    });
  });
});

describe('ITSF rules', () => {
  it('wins an ordinary game 5-4', () => {
    const match = tableGoals(aliceVersusBob(itsfRules(3)), 'rbrbrbrbr');
    expect(match).toMatchObject({ games: [{ red: 5, blue: 4 }], score: { red: 0, blue: 0 } });
  });

  it('plays the deciding game of a best of 3 at 1-1 by 2 points', () => {
    // Prepare
    const oneAll = tableGoals(aliceVersusBob(itsfRules(3)), 'rrrrr bbbbb');
    // Act
    const fiveFour = tableGoals(oneAll, 'rbrbrbrbr');
    const sixFour = tableGoals(fiveFour, 'r');
    // Assess
    expect(fiveFour).toMatchObject({ status: 'in_progress', score: { red: 5, blue: 4 } });
    expect(sixFour).toMatchObject({ status: 'finished', winner: 'red', score: { red: 6, blue: 4 } });
  });

  it('caps the deciding game at 8: 8-7 wins', () => {
    // Prepare
    const sevenAll = tableGoals(aliceVersusBob(itsfRules(3)), 'rrrrr bbbbb rbrbrbrbrbrbrb');
    // Act
    const outcome = scoreGoal(sevenAll, { ...redGoal, team: 'blue' });
    // Assess
    expect(sevenAll.status).toBe('in_progress');
    expect(outcome).toMatchObject({
      matchWon: 'blue',
      gameWon: { score: { red: 7, blue: 8 }, gameNumber: 3 },
    });
  });

  it('plays game 5 of a best of 5 at 2-2 by 2 points, but game 4 at 2-1 to 5', () => {
    // Prepare
    const twoOne = tableGoals(aliceVersusBob(itsfRules(5)), 'rrrrr bbbbb rrrrr');
    // Act
    const twoAll = tableGoals(twoOne, 'rbrbrbrbb');
    const fiveFour = tableGoals(twoAll, 'rbrbrbrbr');
    // Assess
    expect(twoAll).toMatchObject({ gamesWon: { red: 2, blue: 2 }, games: [{}, {}, {}, { red: 4, blue: 5 }] });
    expect(fiveFour).toMatchObject({ status: 'in_progress', score: { red: 5, blue: 4 } });
    expect(tableGoals(fiveFour, 'r')).toMatchObject({ status: 'finished', winner: 'red' });
  });
});

describe('duplicate event ids', () => {
  it('counts a retried table event once and leaves the match as it was', () => {
    // Prepare
    const once = scoreGoal(aliceVersusBob(), redGoal).match;
    // Act
    const again = scoreGoal(once, { ...redGoal, at: 9500 });
    // Assess
    expect(again).toEqual({ kind: 'duplicate', match: once });
    expect(again.match.score).toEqual({ red: 1, blue: 0 });
  });

  it('acknowledges a retry of the winning goal after the match is over', () => {
    // Prepare
    const almost = tableGoals(aliceVersusBob(), 'r'.repeat(9));
    const finished = scoreGoal(almost, redGoal).match;
    // Act
    const retry = scoreGoal(finished, redGoal);
    // Assess
    expect(retry).toEqual({ kind: 'duplicate', match: finished });
  });
});

describe('refusals', () => {
  it('refuses a goal when no match is running', () => {
    const finished = tableGoals(aliceVersusBob(), 'r'.repeat(10));
    expect(() => scoreGoal(undefined, redGoal)).toThrow(NoMatchRunningError);
    expect(() => scoreGoal(finished, redGoal)).toThrow(NoMatchRunningError);
    expect(() => scoreGoal(abandonMatch(aliceVersusBob(), 1), redGoal)).toThrow(NoMatchRunningError);
  });

  it('refuses a goal while paused', () => {
    expect(() => scoreGoal(pauseMatch(aliceVersusBob(), 1), redGoal)).toThrow(MatchPausedError);
  });

  it('needs a team or a player: anything else is a programming error', () => {
    // Act
    const attempt = () => scoreGoal(aliceVersusBob(), { id: 'x', kind: 'goal', source: 'voice', at: 1 });
    // Assess
    expect(attempt).toThrow(Error);
    expect(attempt).not.toThrow(BabyfootError);
  });
});

describe('goals given to a player', () => {
  const doubles = startMatch({
    id: 'm',
    teams: { red: ['Alice', 'Bob'], blue: ['Hélène', 'David'] },
    rules: BAR_RULES,
    at: 0,
  });

  it("credits the player's team and keeps the name as written in the match", () => {
    // Act
    const outcome = scoreGoal(doubles, { id: 'v1', player: 'helene', kind: 'goal', source: 'voice', at: 10 });
    // Assess
    expect(outcome.match.score).toEqual({ red: 0, blue: 1 });
    expect(outcome.match.goals[0]).toMatchObject({ team: 'blue', scorer: 'Hélène' });
  });

  it('refuses a player who is not in the match', () => {
    // Act
    const attempt = () =>
      scoreGoal(doubles, { id: 'v1', player: 'Eve', kind: 'goal', source: 'voice', at: 10 });
    // Assess
    expect(attempt).toThrow(PlayerNotInMatchError);
    expect(attempt).toThrow(expect.objectContaining({ player: 'Eve' }));
  });
});
