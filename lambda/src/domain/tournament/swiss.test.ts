import { describe, expect, it } from 'vitest';
import { TooFewEntrantsError } from '../errors';
import { createTournament } from './entrants';
import { InvalidSwissRoundsError } from './format-errors';
import { progress } from './progress';
import { standings } from './standings';
import { startTournament } from './start';
import { defaultSwissRounds } from './swiss';
import { favouriteWins, players, playNext, playOut, randomReferee } from './test-support';
import type { Tournament } from './types';

const swiss = (count: number, rounds?: number): Tournament =>
  startTournament(createTournament({ format: 'swiss', players: players(count), rounds }), 'swiss');

/** Who met whom, as unordered pairs, over every round decided so far. */
function meetings(t: Tournament): string[] {
  return t.rounds.flatMap((round) =>
    round.matches
      .filter((match) => match.blue.length > 0)
      .map((match) => [match.red[0], match.blue[0]].sort().join('-')),
  );
}

/**
 * Whether the entrants can all be paired with nobody meeting again (for an odd count, one of
 * `mayRest` left out: a bye never goes twice to one player).
 */
function rematchFreePairingExists(entrants: number[], met: Set<string>, mayRest?: number[]): boolean {
  if (entrants.length === 0) return true;
  if (mayRest) {
    return mayRest.some((bye) =>
      rematchFreePairingExists(
        entrants.filter((e) => e !== bye),
        met,
      ),
    );
  }
  const [first, ...rest] = entrants;
  return rest.some(
    (other) =>
      !met.has([first, other].sort().join('-')) &&
      rematchFreePairingExists(
        rest.filter((e) => e !== other),
        met,
      ),
  );
}

describe('Swiss system', () => {
  it('plays ⌈log2 n⌉ + 1 rounds by default: 4 for 7 or 8 players, 6 for 32', () => {
    expect([defaultSwissRounds(7), defaultSwissRounds(8), defaultSwissRounds(32)]).toEqual([4, 4, 6]);
    expect(defaultSwissRounds(3)).toBe(3);
    expect(progress(swiss(8)).totalRounds).toBe(4);
  });

  it('pairs players of equal points in round two', () => {
    // Round 1 pairs P1–P2, P3–P4…; the better number wins: P1, P3, P5, P7 have 2 points each.
    let t = swiss(8);
    for (let i = 1; i <= 4; i++) t = playNext(t, `m${i}`, favouriteWins);
    const second = t.rounds[1]?.matches ?? [];
    const points = (index: number) => (index % 2 === 0 ? 2 : 0);
    for (const match of second) expect(points(match.red[0] ?? -1)).toBe(points(match.blue[0] ?? -1));
  });

  it('gives the bye to a different player each round, counted as a win', () => {
    const done = playOut(swiss(7, 7), randomReferee('bye'));
    const byes = done.rounds.flatMap((round) =>
      round.matches.filter((m) => m.state === 'bye').map((m) => m.red[0]),
    );
    expect(byes).toHaveLength(7);
    expect(new Set(byes).size).toBe(7);
    const table = standings(done);
    if (!('rows' in table)) throw new Error('expected a table');
    for (const row of table.rows) {
      expect(row.byes).toBe(1);
      expect(row.points).toBe(2 * row.wins);
      expect(row.played).toBe(7);
    }
  });

  it('never pairs two players again while a pairing without rematch exists (random results, 4 to 10 players)', () => {
    let rematches = 0;
    for (let count = 4; count <= 10; count++) {
      for (let run = 0; run < 5; run++) {
        let t = swiss(count, count % 2 === 0 ? count - 1 : count);
        const referee = randomReferee(`rematch-${count}-${run}`);
        let checked = 0;
        for (let id = 1; t.status === 'running'; id++) {
          if (t.rounds.length > checked) {
            checked = t.rounds.length;
            const before = new Set(meetings({ ...t, rounds: t.rounds.slice(0, -1) }));
            const drawn = meetings({ ...t, rounds: t.rounds.slice(-1) });
            if (drawn.some((pair) => before.has(pair))) {
              rematches++;
              const everyone = players(count).map((_, index) => index);
              const rested = t.rounds
                .slice(0, -1)
                .flatMap((round) =>
                  round.matches.filter((match) => match.state === 'bye').map((match) => match.red[0]),
                );
              const mayRest = count % 2 === 1 ? everyone.filter((e) => !rested.includes(e)) : undefined;
              expect(rematchFreePairingExists(everyone, before, mayRest)).toBe(false);
            }
          }
          t = playNext(t, `m${id}`, referee);
        }
        expect(t.status).toBe('finished');
      }
    }
    // Full-length Swiss tournaments corner themselves now and then: the check above did run.
    expect(rematches).toBeGreaterThan(0);
  });

  it('ranks by points, then Buchholz, then Median-Buchholz, then head to head', () => {
    // 4 players, 3 rounds, the better number always wins: P1 6, P2 4, P3 2, P4 0.
    const done = playOut(swiss(4, 3), favouriteWins);
    const table = standings(done);
    if (!('rows' in table)) throw new Error('expected a table');
    expect(
      table.rows.map((row) => [row.position, row.players[0], row.points, row.buchholz, row.medianBuchholz]),
    ).toEqual([
      [1, 'P1', 6, 6, 2],
      [2, 'P2', 4, 8, 2],
      [3, 'P3', 2, 10, 4],
      [4, 'P4', 0, 12, 4],
    ]);
  });

  it('breaks ties on points by Buchholz, and shares the place of entrants level on everything', () => {
    // By hand. Round 1: A beats B, C beats D, E beats F. Round 2: A beats C, E beats B, D beats F.
    // Points: A 4, E 4, C 2, D 2, B 0, F 0. Buchholz: A 0 + 2 = 2, E 0 + 0 = 0; C 2 + 4 = 6,
    // D 2 + 0 = 2; B 4 + 4 = 8, F 4 + 2 = 6.
    const won = (red: number, blue: number) => ({
      red: [red],
      blue: [blue],
      state: 'played' as const,
      winner: 'red' as const,
      goals: { red: 5, blue: 1 },
    });
    const t: Tournament = {
      ...swiss(6, 2),
      rounds: [
        { matches: [won(0, 1), won(2, 3), won(4, 5)] },
        { matches: [won(0, 2), won(4, 1), won(3, 5)] },
      ],
      status: 'finished',
    };
    const table = standings(t);
    if (!('rows' in table)) throw new Error('expected a table');
    expect(table.rows.map((row) => [row.position, row.players[0], row.points, row.buchholz])).toEqual([
      [1, 'P1', 4, 2],
      [2, 'P5', 4, 0],
      [3, 'P3', 2, 6],
      [4, 'P4', 2, 2],
      [5, 'P2', 0, 8],
      [6, 'P6', 0, 6],
    ]);
    // After round 1 alone, the three winners are level on everything: they share first place.
    const level = standings({ ...t, rounds: t.rounds.slice(0, 1) });
    if (!('rows' in level)) throw new Error('expected a table');
    expect(level.rows.slice(0, 3).map((row) => row.position)).toEqual([1, 1, 1]);
  });

  it('lets head to head decide between entrants level on points and both Buchholz', () => {
    // By hand, 4 players over 3 rounds. Round 1: A beats B, C beats D. Round 2: A beats C, B
    // beats D. Round 3: D beats A, B beats C. Points: A 4, B 4, C 2, D 2. Buchholz: A (B, C, D)
    // 4 + 2 + 2 = 8, B (A, C, D) 4 + 2 + 2 = 8; C (D, A, B) 2 + 4 + 4 = 10, D 10. Median-Buchholz
    // (without the best and the worst): A 2, B 2, C 4, D 4. Level on all three, A beat B and C
    // beat D: each takes the better place, where level entrants would share it.
    const beat = (red: number, blue: number) => ({
      red: [red],
      blue: [blue],
      state: 'played' as const,
      winner: 'red' as const,
      goals: { red: 5, blue: 3 },
    });
    const t: Tournament = {
      ...swiss(4, 3),
      rounds: [
        { matches: [beat(0, 1), beat(2, 3)] },
        { matches: [beat(0, 2), beat(1, 3)] },
        { matches: [beat(3, 0), beat(1, 2)] },
      ],
      status: 'finished',
    };

    const table = standings(t);

    if (!('rows' in table)) throw new Error('expected a table');
    expect(
      table.rows.map((row) => [row.position, row.players[0], row.points, row.buchholz, row.medianBuchholz]),
    ).toEqual([
      [1, 'P1', 4, 8, 2],
      [2, 'P2', 4, 8, 2],
      [3, 'P3', 2, 10, 4],
      [4, 'P4', 2, 10, 4],
    ]);
  });

  it('shares the place of entrants level on points and both Buchholz who beat one another in turn', () => {
    // By hand, one round robin of 3 (each plays two, one bye each): B beats A, C beats B, A
    // beats C. Everyone: 2 points + 2 for the bye, Buchholz 4 + 4. A wins over C, C over B,
    // B over A: each beat one of the others, so head to head leaves all three level.
    const beat = (red: number, blue: number) => ({
      red: [red],
      blue: [blue],
      state: 'played' as const,
      winner: 'red' as const,
      goals: { red: 5, blue: 1 },
    });
    const rest = (entrant: number) => ({
      red: [entrant],
      blue: [],
      state: 'bye' as const,
      winner: 'red' as const,
    });
    const cycle: Tournament = {
      ...swiss(3, 3),
      rounds: [
        { matches: [beat(1, 0), rest(2)] },
        { matches: [beat(2, 1), rest(0)] },
        { matches: [beat(0, 2), rest(1)] },
      ],
    };
    const level = standings(cycle);
    if (!('rows' in level)) throw new Error('expected a table');
    expect(level.rows.map((row) => row.position)).toEqual([1, 1, 1]);
    // Four players: A beats B, C beats D, then A beats C... replaced: C beats A and B beats D.
    // Then A and B: 2 points each; A's opponents B (2) and C (4): 6; B's: A (2) and D (0): 2.
    // Equal Buchholz needs symmetry: A beats B, C beats D, D beats A, B beats C. All at 2
    // points, every Buchholz 4, Median-Buchholz 4: A beat B, and B beat C, C beat D, D beat A.
    const ring: Tournament = {
      ...swiss(4, 2),
      rounds: [{ matches: [beat(0, 1), beat(2, 3)] }, { matches: [beat(3, 0), beat(1, 2)] }],
    };
    const table = standings(ring);
    if (!('rows' in table)) throw new Error('expected a table');
    expect(table.rows.map((row) => [row.points, row.buchholz])).toEqual([
      [2, 4],
      [2, 4],
      [2, 4],
      [2, 4],
    ]);
    expect(table.rows.map((row) => row.position)).toEqual([1, 1, 1, 1]);
  });

  it('refuses a Swiss of 2 and more rounds than opponents', () => {
    expect(() => swiss(2)).toThrow(TooFewEntrantsError);
    expect(() => swiss(4, 4)).toThrow(InvalidSwissRoundsError);
    expect(() => createTournament({ format: 'swiss', rounds: 0 })).toThrow(InvalidSwissRoundsError);
  });
});
