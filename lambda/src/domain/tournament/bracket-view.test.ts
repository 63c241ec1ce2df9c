import { describe, expect, it } from 'vitest';
import { bracketView } from './bracket-view';
import { createTournament } from './entrants';
import { recordForfeit, startNextMatch } from './play';
import { startTournament } from './start';
import { favouriteWins, players, playNext, playOut } from './test-support';

describe('bracket view', () => {
  it('shows a 5-entrant knockout as 3 rounds: byes for the top seeds, rounds to come not drawn', () => {
    const t = startTournament(createTournament({ format: 'knockout', players: players(5) }), 's');

    const columns = bracketView(playNext(t, 'm1', favouriteWins));

    expect(columns?.map((column) => [column.round, column.roundsAfter, column.matches.length])).toEqual([
      [1, 2, 4],
      [2, 1, 2],
      [3, 0, 1],
    ]);
    const first = columns?.[0]?.matches ?? [];
    expect(first.filter((match) => match.state === 'bye').map((match) => match.red.players)).toEqual([
      ['P1'],
      ['P2'],
      ['P3'],
    ]);
    const played = first.find((match) => match.state === 'played');
    expect(played).toEqual({
      state: 'played',
      red: { players: ['P4'], goals: 5, won: true },
      blue: { players: ['P5'], goals: 2, won: false },
    });
    expect(columns?.[2]?.matches[0]).toEqual({
      state: 'to_be_drawn',
      red: { players: [], won: false },
      blue: { players: [], won: false },
    });
  });

  it('shows a double elimination round by round with its brackets, a forfeit marked', () => {
    const t = startTournament(createTournament({ format: 'double_elimination', players: players(4) }), 's');
    const forfeited = recordForfeit(startNextMatch(t, 'm1'), 'P4');

    const done = playOut(forfeited, favouriteWins);
    const columns = bracketView(done) ?? [];

    expect(columns[0]?.matches[0]).toMatchObject({ forfeit: true, red: { players: ['P1'], won: true } });
    expect(columns.map((column) => column.stage)).toEqual(done.rounds.map((round) => round.stage));
    expect(columns.at(-1)?.matches[0]?.red).toMatchObject({ players: ['P1'], won: true });
    expect(columns.every((column) => column.roundsAfter === undefined)).toBe(true);
  });

  it('shows only the knockout stage after a group stage, and nothing for a table format', () => {
    const group = startTournament(
      createTournament({ format: 'round_robin', players: players(4), playoff: 4 }),
      's',
    );
    expect(bracketView(group)).toBeUndefined();
    const done = playOut(group, favouriteWins);
    const columns = bracketView(done);
    expect(columns?.map((column) => column.matches.length)).toEqual([2, 1]);
    expect(columns?.[0]?.matches.map((match) => [match.red.players, match.blue?.players])).toEqual([
      [['P1'], ['P4']],
      [['P2'], ['P3']],
    ]);
    expect(bracketView(createTournament({ format: 'knockout', players: players(4) }))).toBeUndefined();
  });
});
