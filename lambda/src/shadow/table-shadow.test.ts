import { describe, expect, it } from 'vitest';
import { abandonMatch } from '../domain/match/life-cycle';
import { itsfRules } from '../domain/match/rules';
import { aliceVersusBob, tableGoals } from '../domain/match/test-fixtures';
import { shadowOf } from './table-shadow';

describe('shadowOf', () => {
  it('shows the running game, the games won and no winner yet (null clears the key)', () => {
    // Prepare: ITSF best of 3, red wins the first game 5-2, then 1-3 in the second.
    const match = tableGoals(aliceVersusBob(itsfRules(3)), 'rrbbrrr rbbb');

    // Act
    const shadow = shadowOf(match);

    // Assess
    expect(shadow).toEqual({
      match: {
        id: 'm1',
        status: 'in_progress',
        mode: 'singles',
        target: 5,
        winBy: 1,
        bestOf: 3,
        teams: { red: ['Alice'], blue: ['Bob'] },
        score: { red: 1, blue: 3 },
        games: { red: 1, blue: 0 },
        winner: null,
      },
    });
  });

  it('names the winner once the match is won', () => {
    const match = tableGoals(aliceVersusBob(), 'bbbbbbbbbb');

    const shadow = shadowOf(match);

    expect(shadow.match).toMatchObject({ status: 'finished', winner: 'blue', score: { red: 0, blue: 10 } });
    expect(shadow.match.games).toEqual({ red: 0, blue: 1 });
  });

  it('keeps the status of a match that is over without a winner', () => {
    const match = abandonMatch(tableGoals(aliceVersusBob(), 'rb'), 5000);

    expect(shadowOf(match).match).toMatchObject({
      status: 'abandoned',
      winner: null,
      score: { red: 1, blue: 1 },
    });
  });

  it('clears every key but the status when the table has no match', () => {
    expect(shadowOf(undefined)).toEqual({
      match: {
        status: 'none',
        id: null,
        mode: null,
        target: null,
        winBy: null,
        bestOf: null,
        teams: null,
        score: null,
        games: null,
        winner: null,
      },
    });
  });

  it('shares no array or object with the match', () => {
    const match = aliceVersusBob();

    const shadow = shadowOf(match);

    expect(shadow.match.teams).not.toBe(match.teams);
    expect(shadow.match.score).not.toBe(match.score);
  });
});
