import { describe, expect, it } from 'vitest';
import type { Score } from '../match/types';
import { createTournament } from './entrants';
import { podium } from './podium';
import { type StandingRow, standings } from './standings';
import { startTournament } from './start';
import { playOut, type Referee } from './test-support';
import type { Tournament } from './types';

/** Results by "Winner>Loser": goals [winner, loser]. */
function byPair(results: Record<string, [number, number]>): Referee {
  return (teams) => {
    const red = teams.red[0] ?? '';
    const blue = teams.blue[0] ?? '';
    const redWon = results[`${red}>${blue}`];
    const blueWon = results[`${blue}>${red}`];
    if (redWon) return { winner: 'red', goals: { red: redWon[0], blue: redWon[1] } satisfies Score };
    if (blueWon) return { winner: 'blue', goals: { red: blueWon[1], blue: blueWon[0] } satisfies Score };
    throw new Error(`No result for ${red} v ${blue}`);
  };
}

function league(results: Record<string, [number, number]>, seed: string): StandingRow[] {
  const t: Tournament = startTournament(
    createTournament({ format: 'round_robin', players: ['A', 'B', 'C', 'D'], bestOf: 3 }),
    seed,
  );
  const table = standings(playOut(t, byPair(results)));
  if (!('rows' in table)) throw new Error('expected a league table');
  return table.rows;
}

const line = (row: StandingRow) => [
  row.position,
  row.players[0],
  row.points,
  row.played,
  row.wins,
  row.losses,
  row.goalsFor,
  row.goalsAgainst,
  row.goalDifference,
];

describe('league standings', () => {
  it('puts head-to-head before goal difference (hand count)', () => {
    // A and B on 4 points: B has the better goal difference, but A beat B. Same for C over D.
    const results: Record<string, [number, number]> = {
      'A>B': [5, 3],
      'A>C': [5, 1],
      'D>A': [5, 4],
      'B>C': [5, 2],
      'B>D': [5, 0],
      'C>D': [5, 4],
    };
    for (const seed of ['x', 'y']) {
      expect(league(results, seed).map(line)).toEqual([
        // pos, name, pts, played, W, L, for, against, diff
        [1, 'A', 4, 3, 2, 1, 14, 9, 5],
        [2, 'B', 4, 3, 2, 1, 13, 7, 6],
        [3, 'C', 2, 3, 1, 2, 8, 14, -6],
        [4, 'D', 2, 3, 1, 2, 9, 14, -5],
      ]);
    }
  });

  it('then goal difference, then goals scored, and shares a position when all are level', () => {
    // A, B, C beat each other in a circle (head-to-head 1 each) and all beat D.
    // B: 4+5+10 for, 5+4+5 against: +5 with 19. A: 5+4+5 for, 4+5+0 against: +5 with 14.
    // C: 4+5+5 for, 5+4+0 against: level with A on everything.
    const results: Record<string, [number, number]> = {
      'A>B': [5, 4],
      'B>C': [5, 4],
      'C>A': [5, 4],
      'A>D': [5, 0],
      'B>D': [10, 5],
      'C>D': [5, 0],
    };
    const rows = league(results, 'z');
    expect(rows.map(line)).toEqual([
      [1, 'B', 4, 3, 2, 1, 19, 14, 5],
      [2, 'A', 4, 3, 2, 1, 14, 9, 5],
      [2, 'C', 4, 3, 2, 1, 14, 9, 5],
      [4, 'D', 0, 3, 0, 3, 5, 20, -15],
    ]);
  });

  it('puts a goal-difference decider where head-to-head is level', () => {
    // A, B, C in a circle, all beating D by different margins: goal difference decides.
    const rows = league(
      { 'A>B': [5, 4], 'B>C': [5, 4], 'C>A': [5, 4], 'A>D': [5, 0], 'B>D': [5, 1], 'C>D': [5, 2] },
      'w',
    );
    expect(rows.map((row) => [row.position, row.players[0], row.goalDifference])).toEqual([
      [1, 'A', 5],
      [2, 'B', 4],
      [3, 'C', 3],
      [4, 'D', -12],
    ]);
  });

  it('shares podium places of level entrants', () => {
    const t = startTournament(
      createTournament({ format: 'round_robin', players: ['A', 'B', 'C', 'D'] }),
      'p',
    );
    const done = playOut(
      t,
      byPair({ 'A>B': [5, 4], 'B>C': [5, 4], 'C>A': [5, 4], 'A>D': [5, 0], 'B>D': [5, 0], 'C>D': [5, 0] }),
    );
    expect(podium(done)).toEqual([{ position: 1, entrants: [['A'], ['B'], ['C']] }]);
  });
});
