import { describe, expect, it } from 'vitest';
import { createTournament } from './entrants';
import { nextMatch } from './play';
import { podium } from './podium';
import { progress } from './progress';
import { seededRandom } from './random';
import { roundRobinRoundCount, roundRobinRounds } from './round-robin';
import { standings } from './standings';
import { startTournament } from './start';
import { players, playNext, playOut, type Referee } from './test-support';

const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

describe('round robin schedule', () => {
  for (let entrants = 2; entrants <= 16; entrants++) {
    it(`${entrants} entrants: every pair once, nobody twice in a round, ${roundRobinRoundCount(entrants)} rounds`, () => {
      for (const seed of ['a', 'b', 42]) {
        // Act
        const rounds = roundRobinRounds(entrants, seededRandom(seed));

        // Assess
        expect(rounds).toHaveLength(entrants % 2 === 0 ? entrants - 1 : entrants);
        const met = new Map<string, number>();
        for (const round of rounds) {
          const inRound = round.matches.flatMap((match) => [...match.red, ...match.blue]);
          expect(new Set(inRound).size).toBe(inRound.length);
          expect(round.matches).toHaveLength(Math.floor(entrants / 2));
          for (const match of round.matches) {
            const key = pairKey(match.red[0] ?? -1, match.blue[0] ?? -1);
            met.set(key, (met.get(key) ?? 0) + 1);
          }
        }
        expect(met.size).toBe((entrants * (entrants - 1)) / 2);
        expect([...met.values()].every((times) => times === 1)).toBe(true);
      }
    });
  }

  it('draws the same schedule from the same seed, another from another seed', () => {
    expect(roundRobinRounds(8, seededRandom('x'))).toEqual(roundRobinRounds(8, seededRandom('x')));
    expect(roundRobinRounds(8, seededRandom('x'))).not.toEqual(roundRobinRounds(8, seededRandom('y')));
  });

  it('keeps red and blue matches within two of each other for every entrant', () => {
    for (let entrants = 2; entrants <= 16; entrants++) {
      const lean = new Array<number>(entrants).fill(0);
      for (const round of roundRobinRounds(entrants, seededRandom(entrants))) {
        for (const match of round.matches) {
          lean[match.red[0] ?? 0] = (lean[match.red[0] ?? 0] ?? 0) + 1;
          lean[match.blue[0] ?? 0] = (lean[match.blue[0] ?? 0] ?? 0) - 1;
        }
      }
      expect(Math.max(...lean.map(Math.abs))).toBeLessThanOrEqual(2);
    }
  });
});

describe('a whole 6-player round robin', () => {
  // P1 beats everyone, P2 everyone but P1, and so on: 5–(loser's number − 1).
  const lowerNumberWins: Referee = (teams) => {
    const red = Number(teams.red[0]?.slice(1));
    const blue = Number(teams.blue[0]?.slice(1));
    return red < blue
      ? { winner: 'red', goals: { red: 5, blue: blue - 1 } }
      : { winner: 'blue', goals: { red: red - 1, blue: 5 } };
  };

  it('plays 15 matches over 5 rounds, one round at a time, to the hand-counted table', () => {
    // Prepare
    let t = startTournament(createTournament({ format: 'round_robin', players: players(6) }), 'evening');

    // Act: play round 1 only, then the rest
    for (let i = 1; i <= 3; i++) {
      expect(nextMatch(t)?.round).toBe(1);
      t = playNext(t, `m${i}`, lowerNumberWins);
    }
    expect(progress(t)).toMatchObject({ round: 2, totalRounds: 5, matchesPlayed: 3, matchesLeft: 12 });
    t = playOut(t, lowerNumberWins);

    // Assess: by hand, Pk wins against the 6 − k higher numbers and loses to the k − 1 lower ones.
    expect(t.status).toBe('finished');
    expect(progress(t)).toMatchObject({ round: 5, totalRounds: 5, matchesPlayed: 15, matchesLeft: 0 });
    const table = standings(t);
    expect(table.format).toBe('round_robin');
    if (!('rows' in table)) return;
    expect(table.rows.map((row) => [row.position, row.players[0], row.points, row.wins, row.losses])).toEqual(
      [
        [1, 'P1', 10, 5, 0],
        [2, 'P2', 8, 4, 1],
        [3, 'P3', 6, 3, 2],
        [4, 'P4', 4, 2, 3],
        [5, 'P5', 2, 1, 4],
        [6, 'P6', 0, 0, 5],
      ],
    );
    // P3 scores 5 in each of 3 wins and 2 in each of 2 losses: 19; concedes 5 + 5 to P1, P2 and
    // 3 + 4 + 5 to P4, P5, P6 (each scores its number − 1): 22.
    expect(table.rows[2]).toMatchObject({ played: 5, goalsFor: 19, goalsAgainst: 22, goalDifference: -3 });
    expect(podium(t)).toEqual([
      { position: 1, entrants: [['P1']] },
      { position: 2, entrants: [['P2']] },
      { position: 3, entrants: [['P3']] },
    ]);
  });
});
