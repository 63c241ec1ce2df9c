import { describe, expect, it } from 'vitest';
import {
  DuplicatePlayerError,
  InvalidRoundCountError,
  InvalidRulesError,
  OddPlayerCountError,
  PlayerNotInTournamentError,
  TooFewEntrantsError,
  TooManyEntrantsError,
  TournamentAlreadyStartedError,
  TournamentOverError,
} from '../errors';
import { addEntrant, createTournament, removeEntrant } from './entrants';
import { abandonTournament } from './play';
import { startTournament } from './start';
import { players } from './test-support';

describe('creating a tournament', () => {
  it('defaults to singles, games to 5, one game', () => {
    const t = createTournament({ format: 'round_robin', players: ['Alice', 'Bob'] });
    expect(t).toMatchObject({ mode: 'singles', status: 'registering', settings: { target: 5, bestOf: 1 } });
    expect(t.entrants).toEqual([{ players: ['Alice'] }, { players: ['Bob'] }]);
  });

  it('takes best of 3 and another target, and refuses others', () => {
    expect(createTournament({ format: 'knockout', target: 7, bestOf: 3 }).settings).toEqual({
      target: 7,
      bestOf: 3,
    });
    expect(() => createTournament({ format: 'knockout', bestOf: 2 })).toThrow(InvalidRulesError);
    expect(() => createTournament({ format: 'knockout', target: 0 })).toThrow(InvalidRulesError);
    expect(() => createTournament({ format: 'monster_dyp', rounds: 0 })).toThrow(InvalidRoundCountError);
  });

  it('pairs doubles players two by two into fixed teams', () => {
    const t = createTournament({
      format: 'round_robin',
      mode: 'doubles',
      players: ['Alice', 'Bob', 'Carole', 'David'],
    });
    expect(t.entrants.map((entrant) => entrant.players)).toEqual([
      ['Alice', 'Bob'],
      ['Carole', 'David'],
    ]);
  });

  it('refuses a name twice, whatever its case, also across teams', () => {
    expect(() => createTournament({ format: 'round_robin', players: ['Alice', 'alice'] })).toThrow(
      DuplicatePlayerError,
    );
    const t = createTournament({ format: 'knockout', mode: 'doubles', players: ['Alice', 'Bob'] });
    expect(() => addEntrant(t, ['Carole', 'Bob'])).toThrow(DuplicatePlayerError);
  });

  it('takes at most 32 entrants', () => {
    const t = createTournament({ format: 'knockout', players: players(32) });
    expect(() => addEntrant(t, ['Zoe'])).toThrow(TooManyEntrantsError);
  });
});

describe('adding and removing before the start', () => {
  it('adds ("ajoute Eve") and removes ("retire Bob")', () => {
    // Prepare
    const t = createTournament({ format: 'round_robin', players: ['Alice', 'Bob'] });

    // Act
    const changed = removeEntrant(addEntrant(t, ['Eve']), 'bob');

    // Assess
    expect(changed.entrants).toEqual([{ players: ['Alice'] }, { players: ['Eve'] }]);
    expect(t.entrants).toHaveLength(2);
    expect(() => removeEntrant(changed, 'Zed')).toThrow(PlayerNotInTournamentError);
  });

  it('in fixed doubles, a removed player leaves the partner waiting, and the next lone player fills in', () => {
    const t = createTournament({
      format: 'knockout',
      mode: 'doubles',
      players: ['Alice', 'Bob', 'Carole', 'David'],
    });
    const waiting = removeEntrant(t, 'Bob');
    expect(waiting.entrants.map((entrant) => entrant.players)).toEqual([['Alice'], ['Carole', 'David']]);
    const filled = addEntrant(waiting, ['Eve']);
    expect(filled.entrants.map((entrant) => entrant.players)).toEqual([
      ['Alice', 'Eve'],
      ['Carole', 'David'],
    ]);
  });

  it('pairs players still waiting at the start in the order they came; an odd count is refused', () => {
    const t = createTournament({
      format: 'round_robin',
      mode: 'doubles',
      players: ['A', 'B', 'C', 'D', 'E', 'F'],
    });
    const twoWaiting = removeEntrant(removeEntrant(t, 'B'), 'D');
    expect(startTournament(twoWaiting, 1).entrants.map((entrant) => entrant.players)).toEqual([
      ['A', 'C'],
      ['E', 'F'],
    ]);
    expect(() => startTournament(addEntrant(t, ['G']), 1)).toThrow(OddPlayerCountError);
  });
});

describe('starting', () => {
  it('needs 2 players in singles, 4 in doubles and in Monster DYP', () => {
    expect(() => startTournament(createTournament({ format: 'round_robin', players: ['A'] }), 1)).toThrow(
      TooFewEntrantsError,
    );
    expect(() =>
      startTournament(createTournament({ format: 'knockout', mode: 'doubles', players: ['A', 'B'] }), 1),
    ).toThrow(TooFewEntrantsError);
    expect(() =>
      startTournament(createTournament({ format: 'monster_dyp', players: players(3) }), 1),
    ).toThrow(TooFewEntrantsError);
  });

  it('closes entries of fixed formats, and cannot start twice', () => {
    const t = startTournament(createTournament({ format: 'round_robin', players: players(4) }), 1);
    expect(() => addEntrant(t, ['Eve'])).toThrow(TournamentAlreadyStartedError);
    expect(() => removeEntrant(t, 'P1')).toThrow(TournamentAlreadyStartedError);
    expect(() => startTournament(t, 2)).toThrow(TournamentAlreadyStartedError);
  });

  it('refuses any change once abandoned', () => {
    const t = abandonTournament(createTournament({ format: 'knockout', players: players(4) }));
    expect(t.status).toBe('abandoned');
    expect(() => addEntrant(t, ['Eve'])).toThrow(TournamentOverError);
    expect(() => startTournament(t, 1)).toThrow(TournamentOverError);
    expect(() => abandonTournament(t)).toThrow(TournamentOverError);
  });
});
