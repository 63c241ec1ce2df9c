import { describe, expect, it } from 'vitest';
import { TooFewEntrantsError, TooManyEntrantsError } from '../errors';
import { addEntrant, createTournament, type NewTournament, removeEntrant } from './entrants';
import { InvalidLivesError, InvalidPlayoffError, KnockoutStageDrawnError } from './format-errors';
import { podium } from './podium';
import { standings } from './standings';
import { startTournament } from './start';
import { favouriteWins, players, playOut, randomReferee } from './test-support';
import type { Tournament } from './types';

/** Every format the issue asks for, at a given count. */
function formats(count: number): [string, NewTournament][] {
  return [
    ['Swiss', { format: 'swiss', players: players(count) }],
    ['double elimination', { format: 'double_elimination', players: players(count) }],
    ['last man standing', { format: 'last_man_standing', players: players(count) }],
    ['round robin then top 4', { format: 'round_robin', players: players(count), playoff: 4 }],
    ['Monster DYP then top 4', { format: 'monster_dyp', players: players(count), playoff: 4, rounds: 3 }],
  ];
}

const minimum: Record<string, number> = {
  Swiss: 3,
  'double elimination': 3,
  'last man standing': 4,
  'round robin then top 4': 4,
  'Monster DYP then top 4': 4,
};

function everyPlayerOncePerRound(t: Tournament): void {
  for (const round of t.rounds) {
    const seen = round.matches.flatMap((match) => [...match.red, ...match.blue]);
    expect(new Set(seen).size).toBe(seen.length);
  }
}

describe('every new format, over random results', () => {
  for (let count = 3; count <= 16; count++) {
    for (const [name, input] of formats(count)) {
      if (count < (minimum[name] ?? 0)) continue;
      it(`${name} of ${count}: ends, one winner, nobody twice in a round`, () => {
        for (let run = 0; run < 4; run++) {
          const done = playOut(
            startTournament(createTournament(input), `p${run}`),
            randomReferee(`${name}${count}${run}`),
          );
          expect(done.status).toBe('finished');
          everyPlayerOncePerRound(done);
          const first = podium(done)?.[0];
          expect(first?.position).toBe(1);
          const table = standings(done);
          if (input.format === 'swiss' && 'rows' in table) {
            // A Swiss may end level on every tie-break: first place is then shared.
            const leaders = table.rows.filter((row) => row.position === 1);
            const keys = leaders.map((row) => [row.points, row.buchholz, row.medianBuchholz].join());
            expect(new Set(keys).size).toBe(1);
            expect(first?.entrants).toHaveLength(leaders.length);
          } else {
            // One winner: one entrant (a Monster DYP's knockout is won by a team of two).
            expect(first?.entrants).toHaveLength(1);
          }
        }
      });
    }
  }
});

describe('bad input', () => {
  it('refuses lives out of range, a knockout stage of other sizes or formats', () => {
    expect(() => createTournament({ format: 'last_man_standing', lives: 0 })).toThrow(InvalidLivesError);
    expect(() => createTournament({ format: 'last_man_standing', lives: 10 })).toThrow(InvalidLivesError);
    expect(() => createTournament({ format: 'round_robin', playoff: 6 })).toThrow(InvalidPlayoffError);
    expect(() => createTournament({ format: 'swiss', playoff: 4 })).toThrow(InvalidPlayoffError);
  });

  it('refuses too few entrants at the start, and a 33rd', () => {
    expect(() =>
      startTournament(createTournament({ format: 'double_elimination', players: players(2) }), 's'),
    ).toThrow(TooFewEntrantsError);
    expect(() =>
      startTournament(createTournament({ format: 'round_robin', players: players(3), playoff: 4 }), 's'),
    ).toThrow(TooFewEntrantsError);
    expect(() =>
      startTournament(createTournament({ format: 'last_man_standing', players: players(3) }), 's'),
    ).toThrow(TooFewEntrantsError);
    const full = createTournament({ format: 'double_elimination', players: players(32) });
    expect(() => addEntrant(full, ['Extra'])).toThrow(TooManyEntrantsError);
  });
});

describe('group stage then knockout', () => {
  it('seeds the best 4 of a round robin 1 against 4 and 2 against 3, once the group stage is over', () => {
    // The better number always wins: the table is P1..P6, the knockout P1–P4, P2–P3, then P1–P2.
    let t = startTournament(
      createTournament({ format: 'round_robin', players: players(6), playoff: 4 }),
      's',
    );
    t = playOut(t, favouriteWins, 15);
    expect(t.qualifiers).toEqual(
      [[0], [1], [2], [3]].map((side) =>
        side.map((i) => t.entrants.findIndex((e) => e.players[0] === `P${(i ?? 0) + 1}`)),
      ),
    );
    const semis = t.rounds.at(-1);
    expect(semis?.stage).toBe('playoff');
    const names = (side: number[]) => side.map((index) => t.entrants[index]?.players[0]);
    expect(semis?.matches.map((match) => [names(match.red), names(match.blue)])).toEqual([
      [['P1'], ['P4']],
      [['P2'], ['P3']],
    ]);
    const done = playOut(t, favouriteWins);
    expect(done.rounds).toHaveLength(5 + 2);
    expect(podium(done)).toEqual([
      { position: 1, entrants: [['P1']] },
      { position: 2, entrants: [['P2']] },
      { position: 3, entrants: [['P4'], ['P3']] },
    ]);
  });

  it("locks a Monster DYP's roster once its knockout stage is drawn", () => {
    const group = startTournament(
      createTournament({ format: 'monster_dyp', players: players(6), playoff: 4, rounds: 2 }),
      'd',
    );
    expect(addEntrant(group, ['Late']).entrants).toHaveLength(7);
    const knockout = playOut(group, randomReferee('lock'), 2);
    expect(knockout.qualifiers).toHaveLength(2);
    expect(() => addEntrant(knockout, ['Late'])).toThrow(KnockoutStageDrawnError);
    expect(() => removeEntrant(knockout, 'P1')).toThrow(KnockoutStageDrawnError);
  });

  it("gives no third place after a Monster DYP's top 4: its knockout is a final alone", () => {
    const done = playOut(
      startTournament(
        createTournament({ format: 'monster_dyp', players: players(6), playoff: 4, rounds: 3 }),
        'd',
      ),
      randomReferee('final'),
    );
    const final = done.rounds.at(-1)?.matches[0];
    const side = (indexes: number[] = []) => indexes.map((index) => done.entrants[index]?.players[0]);
    const [won, lost] = final?.winner === 'red' ? [final.red, final.blue] : [final?.blue, final?.red];
    expect(podium(done)).toEqual([
      { position: 1, entrants: [side(won)] },
      { position: 2, entrants: [side(lost)] },
    ]);
  });

  it("teams a Monster DYP's best 8 up best with worst: 1 and 8, 2 and 7…", () => {
    const t = playOut(
      startTournament(
        createTournament({ format: 'monster_dyp', players: players(8), playoff: 8, rounds: 2 }),
        'd',
      ),
      randomReferee('dyp'),
      4,
    );
    const table = standings({ ...t, qualifiers: undefined });
    if (!('rows' in table)) throw new Error('expected a table');
    const best = table.rows.slice(0, 8).map((row) => row.players[0]);
    const teams = (t.qualifiers ?? []).map((side) => side.map((index) => t.entrants[index]?.players[0]));
    expect(teams).toEqual([
      [best[0], best[7]],
      [best[1], best[6]],
      [best[2], best[5]],
      [best[3], best[4]],
    ]);
    expect(t.rounds.at(-1)?.matches).toHaveLength(2);
  });
});
