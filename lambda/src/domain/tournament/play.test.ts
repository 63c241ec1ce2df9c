import { describe, expect, it } from 'vitest';
import {
  NothingToForfeitError,
  PlayerNotInTournamentError,
  RoundNotFinishedError,
  TournamentMatchNotInPlayError,
  TournamentNotStartedError,
  TournamentOverError,
} from '../errors';
import { createTournament } from './entrants';
import {
  abandonTournament,
  nextMatch,
  recordForfeit,
  recordResult,
  startNextMatch,
  tournamentMatchRules,
} from './play';
import { progress } from './progress';
import { standings } from './standings';
import { startTournament } from './start';
import { matchResult, players, playOut, redWins } from './test-support';

const twoPlayerCup = () =>
  startTournament(createTournament({ format: 'knockout', players: ['Alice', 'Bob'] }), 1);

describe('playing the next match', () => {
  it('names the next match, marks it in play, records its result and ends the tournament', () => {
    // Prepare
    const t = twoPlayerCup();
    const next = nextMatch(t);
    expect(next).toEqual({ round: 1, number: 1, teams: { red: ['Alice'], blue: ['Bob'] } });

    // Act
    const inPlay = startNextMatch(t, 'match-1');
    const done = recordResult(
      inPlay,
      matchResult('match-1', { red: ['Alice'], blue: ['Bob'] }, 'blue', { red: 4, blue: 5 }),
    );

    // Assess
    expect(progress(inPlay).inPlay).toEqual([{ ...next, matchId: 'match-1' }]);
    expect(done.status).toBe('finished');
    expect(standings(done)).toMatchObject({ stillIn: [['Bob']], out: [{ players: ['Alice'], round: 1 }] });
    expect(() => nextMatch(done)).toThrow(TournamentOverError);
  });

  it('matches teams by name when they swapped colours at the table', () => {
    const t = startNextMatch(twoPlayerCup(), 'm');
    const done = recordResult(
      t,
      matchResult('m', { red: ['Bob'], blue: ['alice'] }, 'red', { red: 5, blue: 1 }),
    );
    expect(done.rounds[0]?.matches[0]).toMatchObject({ winner: 'blue', goals: { red: 1, blue: 5 } });
  });

  it('refuses a result for a match not in play, and takes the same result twice as once', () => {
    const t = twoPlayerCup();
    const result = matchResult('m', { red: ['Alice'], blue: ['Bob'] }, 'red', { red: 5, blue: 0 });
    expect(() => recordResult(t, result)).toThrow(TournamentMatchNotInPlayError);
    const done = recordResult(startNextMatch(t, 'm'), result);
    expect(recordResult(done, result)).toEqual(done);
  });

  it('waits for the matches in play before the next round', () => {
    const t = startTournament(createTournament({ format: 'round_robin', players: players(4) }), 1);
    const bothInPlay = startNextMatch(startNextMatch(t, 'a'), 'b');
    expect(nextMatch(bothInPlay)).toBeUndefined();
    expect(() => startNextMatch(bothInPlay, 'c')).toThrow(RoundNotFinishedError);
  });

  it('needs a started tournament', () => {
    expect(() => nextMatch(createTournament({ format: 'round_robin', players: players(2) }))).toThrow(
      TournamentNotStartedError,
    );
  });

  it('gives the tournament rules to the match', () => {
    const t = createTournament({ format: 'round_robin', target: 7, bestOf: 3 });
    expect(tournamentMatchRules(t)).toEqual({ target: 7, winBy: 1, bestOf: 3 });
  });
});

describe('forfeits', () => {
  it('"Bob déclare forfait": a walkover recorded target–0, Bob credited with a loss', () => {
    // Act
    const done = recordForfeit(twoPlayerCup(), 'bob');

    // Assess
    expect(done.rounds[0]?.matches[0]).toMatchObject({
      state: 'played',
      winner: 'red',
      forfeit: true,
      goals: { red: 5, blue: 0 },
    });
    expect(done.status).toBe('finished');
  });

  it('counts games needed in best of 3: 2 × target – 0', () => {
    const t = startTournament(createTournament({ format: 'knockout', players: ['A', 'B'], bestOf: 3 }), 1);
    expect(recordForfeit(t, 'A').rounds[0]?.matches[0]?.goals).toEqual({ red: 0, blue: 10 });
  });

  it('in Monster DYP the partner loses too; a player with nothing left to play cannot forfeit', () => {
    // Prepare
    const t = startTournament(createTournament({ format: 'monster_dyp', players: players(5), rounds: 2 }), 3);
    const sitter = t.entrants[t.rounds[0]?.sittingOut?.[0] ?? -1]?.players[0] ?? '';
    const red = nextMatch(t)?.teams.red ?? [];

    // Act
    const after = recordForfeit(t, red[0] ?? '');

    // Assess
    expect(() => recordForfeit(t, sitter)).toThrow(NothingToForfeitError);
    expect(() => recordForfeit(t, 'Nobody')).toThrow(PlayerNotInTournamentError);
    const table = standings(after);
    if (!('rows' in table)) throw new Error('expected a league table');
    for (const name of red)
      expect(table.rows.find((row) => row.players[0] === name)).toMatchObject({ losses: 1, goalsAgainst: 5 });
    expect(progress(after).round).toBe(2);
  });
});

describe('progress and abandon', () => {
  it('counts rounds and matches left, and stops for good on abandon', () => {
    const t = startTournament(createTournament({ format: 'knockout', players: players(6) }), 1);
    expect(progress(t)).toMatchObject({
      status: 'running',
      round: 1,
      totalRounds: 3,
      matchesPlayed: 0,
      matchesLeft: 5,
    });
    const halfway = playOut(t, redWins, 2);
    expect(progress(halfway)).toMatchObject({ round: 2, matchesPlayed: 2, matchesLeft: 3 });
    const abandoned = abandonTournament(halfway);
    expect(progress(abandoned)).toMatchObject({ status: 'abandoned', matchesLeft: 0 });
    expect(() => nextMatch(abandoned)).toThrow(TournamentOverError);
  });

  it('tells the total before the start', () => {
    const t = createTournament({ format: 'round_robin', players: players(5) });
    expect(progress(t)).toMatchObject({ status: 'registering', round: 0, totalRounds: 5, matchesLeft: 10 });
  });
});
