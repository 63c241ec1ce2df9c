import { describe, expect, it } from 'vitest';
import { InvalidRulesError, TournamentOverError } from '../errors';
import { createTournament } from './entrants';
import { abandonTournament } from './play';
import { setTournamentRules } from './settings';

describe('setTournamentRules', () => {
  it('changes the target and the number of games, leaving the rest alone', () => {
    // Prepare
    const t = createTournament({ format: 'round_robin', players: ['Alice', 'Bob'] });
    // Act
    const changed = setTournamentRules(t, { target: 7, bestOf: 3 });
    // Assess
    expect(changed.settings).toEqual({ target: 7, bestOf: 3 });
    expect(changed.entrants).toEqual(t.entrants);
    expect(t.settings).toEqual({ target: 5, bestOf: 1 });
  });

  it('keeps what is not given', () => {
    const t = createTournament({ format: 'knockout', bestOf: 3 });
    expect(setTournamentRules(t, { target: 10 }).settings).toEqual({ target: 10, bestOf: 3 });
  });

  it('refuses rules no match can be played under, and an abandoned tournament', () => {
    const t = createTournament({ format: 'round_robin' });
    expect(() => setTournamentRules(t, { target: 0 })).toThrow(InvalidRulesError);
    expect(() => setTournamentRules(t, { bestOf: 5 })).toThrow(InvalidRulesError);
    expect(() => setTournamentRules(abandonTournament(t), { target: 7 })).toThrow(TournamentOverError);
  });
});
