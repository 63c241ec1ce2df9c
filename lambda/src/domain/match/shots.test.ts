import { describe, expect, it } from 'vitest';
import { scoreGoal, undoLastGoal } from './goals';
import { matchResult } from './match-result';
import { matchResultSchema } from './result-schema';
import { BAR_RULES } from './rules';
import { fastestGoal } from './shots';
import { startMatch } from './start-match';
import { aliceVersusBob, tableGoals } from './test-fixtures';
import type { Match, TeamColor } from './types';

let next = 0;

/** A goal from the table, timed when a speed is given. */
function shot(match: Match, team: TeamColor, speedKmh?: number, player?: string): Match {
  next += 1;
  return scoreGoal(match, {
    id: `s${next}`,
    team,
    ...(player === undefined ? {} : { player }),
    kind: 'goal',
    source: 'table',
    at: 5000 + next,
    ...(speedKmh === undefined ? {} : { speedKmh }),
  }).match;
}

describe('the fastest shot of a match', () => {
  it('keeps the fastest timed goal, its team and, in singles, its shooter', () => {
    // Prepare: Alice beats Bob 10-2; Bob's 51 km/h shot is the fastest, then a tie at 51.
    let match = shot(shot(aliceVersusBob(), 'red', 38), 'blue', 51);
    match = shot(match, 'red', 51);
    match = tableGoals(match, 'brrrrrrrr');

    // Act
    const result = matchResult(match);

    // Assess
    expect(result.fastestShot).toEqual({ speedKmh: 51, team: 'blue', player: 0 });
    expect(result.fastestShotsBy).toEqual([
      { speedKmh: 51, team: 'red', player: 0 },
      { speedKmh: 51, team: 'blue', player: 0 },
    ]);
    expect(matchResultSchema.parse(result)).toEqual(result);
  });

  it('knows no shooter for a table goal in doubles, the named scorer when there is one', () => {
    let match = startMatch({
      id: 'd1',
      teams: { red: ['Alice', 'Bob'], blue: ['Carole', 'David'] },
      rules: BAR_RULES,
      at: 100,
    });
    match = shot(shot(match, 'red', 44), 'blue', 30, 'david');
    match = tableGoals(match, 'rrrrrrrrr');

    const result = matchResult(match);

    expect(result.fastestShot).toEqual({ speedKmh: 44, team: 'red' });
    expect(result.fastestShotsBy).toEqual([{ speedKmh: 30, team: 'blue', player: 1 }]);
  });

  it('leaves both out when the table timed no goal', () => {
    const result = matchResult(tableGoals(aliceVersusBob(), 'r'.repeat(10)));

    expect(result).not.toHaveProperty('fastestShot');
    expect(result).not.toHaveProperty('fastestShotsBy');
  });

  it('forgets an undone goal', () => {
    const match = shot(shot(aliceVersusBob(), 'red', 30), 'blue', 60);

    const undone = undoLastGoal(match, 9000).match;

    expect(fastestGoal(match)?.speedKmh).toBe(60);
    expect(fastestGoal(undone)?.speedKmh).toBe(30);
    expect(matchResult(tableGoals(undone, 'r'.repeat(9))).fastestShot?.speedKmh).toBe(30);
  });
});
