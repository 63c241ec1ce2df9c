import { describe, expect, it } from 'vitest';
import { createTournament } from './entrants';
import { bracketOrder, bracketSize } from './knockout';
import { nextMatch } from './play';
import { podium } from './podium';
import { progress } from './progress';
import { seededRandom } from './random';
import { standings } from './standings';
import { startTournament } from './start';
import { favouriteWins, players, playNext, playOut, type Referee } from './test-support';
import type { Tournament } from './types';

function knockout(entrants: number): Tournament {
  return startTournament(createTournament({ format: 'knockout', players: players(entrants) }), 'cup');
}

/** A referee drawing winners at random, reproducibly. */
function coinFlips(seed: number): Referee {
  const random = seededRandom(seed);
  return () =>
    random() < 0.5
      ? { winner: 'red', goals: { red: 5, blue: 1 } }
      : { winner: 'blue', goals: { red: 2, blue: 5 } };
}

describe('knockout bracket', () => {
  it('places seeds so that 1 and 2 sit in opposite halves, each pair adding up to size + 1', () => {
    expect(bracketOrder(8)).toEqual([1, 8, 4, 5, 2, 7, 3, 6]);
    for (const size of [2, 4, 8, 16, 32]) {
      const order = bracketOrder(size);
      expect(order.slice(0, size / 2)).toContain(1);
      expect(order.slice(size / 2)).toContain(2);
      for (let i = 0; i < size; i += 2) expect((order[i] ?? 0) + (order[i + 1] ?? 0)).toBe(size + 1);
    }
  });

  for (let entrants = 2; entrants <= 32; entrants++) {
    it(`${entrants} entrants: byes in round 1 only, to the top seeds; 1 and 2 meet only in the final; one winner`, () => {
      for (const seed of [1, 2, 3]) {
        // Prepare
        const t = knockout(entrants);
        const byes = bracketSize(entrants) - entrants;

        // Act
        const done = playOut(t, coinFlips(seed * 100 + entrants));

        // Assess
        const [first, ...later] = done.rounds;
        const byeMatches = first?.matches.filter((match) => match.state === 'bye') ?? [];
        expect(byeMatches).toHaveLength(byes);
        expect(byeMatches.map((match) => match.red[0]).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
          Array.from({ length: byes }, (_, index) => index),
        );
        expect(later.flatMap((round) => round.matches).every((match) => match.state === 'played')).toBe(true);
        const beforeFinal = done.rounds.slice(0, -1).flatMap((round) => round.matches);
        expect(
          beforeFinal.some(
            (match) => [...match.red, ...match.blue].includes(0) && [...match.red, ...match.blue].includes(1),
          ),
        ).toBe(false);
        expect(done.status).toBe('finished');
        expect(done.rounds.at(-1)?.matches).toHaveLength(1);
        expect(progress(done)).toMatchObject({ matchesPlayed: entrants - 1, matchesLeft: 0 });
        const final = standings(done);
        expect(final.format === 'knockout' && final.stillIn).toHaveLength(1);
      }
    });
  }

  it('brings seeds 1 and 2 to the final when favourites win', () => {
    for (let entrants = 2; entrants <= 32; entrants++) {
      const done = playOut(knockout(entrants), favouriteWins);
      const final = done.rounds.at(-1)?.matches[0];
      expect([final?.red[0], final?.blue[0]]).toEqual([0, 1]);
      expect(podium(done)?.[0]).toEqual({ position: 1, entrants: [['P1']] });
    }
  });

  it('seeds by a ranking (rating order) instead of entry order, unranked entrants last', () => {
    // Prepare
    const t = createTournament({ format: 'knockout', players: ['Ann', 'Bob', 'Cid', 'Dan', 'Eve'] });

    // Act
    const started = startTournament(t, 1, { ranking: ['eve', 'Cid', 'Bob'] });

    // Assess: Eve seed 1, Cid 2, Bob 3, then Ann and Dan in entry order; the 3 byes go to seeds 1–3.
    expect(started.entrants.map((entrant) => entrant.players[0])).toEqual([
      'Eve',
      'Cid',
      'Bob',
      'Ann',
      'Dan',
    ]);
    expect(nextMatch(started)?.teams).toEqual({ red: ['Ann'], blue: ['Dan'] });
  });

  it('seeds fixed doubles teams by the mean place of their players', () => {
    const t = createTournament({
      format: 'knockout',
      mode: 'doubles',
      players: ['A', 'B', 'C', 'D', 'E', 'F'],
    });
    const started = startTournament(t, 1, { ranking: ['E', 'C', 'F', 'A', 'D', 'B'] });
    // E & F: (0 + 2) / 2 = 1; C & D: (1 + 4) / 2 = 2.5; A & B: (3 + 5) / 2 = 4.
    expect(started.entrants.map((entrant) => entrant.players)).toEqual([
      ['E', 'F'],
      ['C', 'D'],
      ['A', 'B'],
    ]);
  });
});

describe('a 5-entrant knockout, counted by hand', () => {
  it('shows the round, who is still in, who went out, then the podium with semi-final losers sharing third', () => {
    // Prepare: bracket of 8, seeds 1–3 get byes; round 1 is P4 v P5.
    let t = knockout(5);
    expect(nextMatch(t)?.teams).toEqual({ red: ['P4'], blue: ['P5'] });

    // Act: P5 wins round 1
    t = playNext(t, 'r1', () => ({ winner: 'blue', goals: { red: 3, blue: 5 } }));

    // Assess
    expect(standings(t)).toEqual({
      format: 'knockout',
      round: 2,
      totalRounds: 3,
      stillIn: [['P1'], ['P2'], ['P3'], ['P5']],
      out: [{ players: ['P4'], round: 1 }],
    });
    // Semi-finals: P1 v P5 (the 4/5 winner), P2 v P3.
    expect(nextMatch(t)?.teams).toEqual({ red: ['P1'], blue: ['P5'] });

    // Act: favourites win the rest
    t = playOut(t, favouriteWins);

    // Assess
    expect(podium(t)).toEqual([
      { position: 1, entrants: [['P1']] },
      { position: 2, entrants: [['P2']] },
      { position: 3, entrants: [['P5'], ['P3']] },
    ]);
    expect(standings(t)).toMatchObject({ round: 3, stillIn: [['P1']] });
  });

  it('has no third place with two entrants', () => {
    expect(podium(playOut(knockout(2), favouriteWins))).toEqual([
      { position: 1, entrants: [['P1']] },
      { position: 2, entrants: [['P2']] },
    ]);
  });
});
