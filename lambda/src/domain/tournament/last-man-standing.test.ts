import { describe, expect, it } from 'vitest';
import { createTournament } from './entrants';
import { livesLeft } from './last-man-standing';
import { podium } from './podium';
import { progress } from './progress';
import { standings } from './standings';
import { startTournament } from './start';
import { players, playNext, playOut, randomReferee } from './test-support';

const lastManStanding = (count: number, lives?: number) =>
  startTournament(createTournament({ format: 'last_man_standing', players: players(count), lives }), 'lms');

describe('last man standing', () => {
  it('starts everyone with 3 lives, and a lost match costs each loser one', () => {
    const start = lastManStanding(5);
    expect(start.mode).toBe('doubles');
    expect(livesLeft(start)).toEqual([3, 3, 3, 3, 3]);
    const round = start.rounds[0];
    expect(round?.matches).toHaveLength(1);
    expect(round?.sittingOut).toHaveLength(1);
    const after = playNext(start, 'm1', () => ({ winner: 'red', goals: { red: 5, blue: 2 } }));
    const lives = livesLeft(after);
    for (const index of round?.matches[0]?.blue ?? []) expect(lives[index]).toBe(2);
    for (const index of round?.matches[0]?.red ?? []) expect(lives[index]).toBe(3);
    expect(progress(after).survivors).toEqual({ players: 5, lives: 13 });
  });

  it('plays on until one player has lives left; the others are ranked by when they went out', () => {
    for (const lives of [1, 3, 5]) {
      for (let run = 0; run < 5; run++) {
        const done = playOut(lastManStanding(7, lives), randomReferee(`lms${lives}-${run}`));
        const left = livesLeft(done);
        expect(left.filter((value) => value > 0)).toHaveLength(1);
        const table = standings(done);
        if (!('rows' in table)) throw new Error('expected a table');
        expect(table.rows[0]?.lives).toBeGreaterThan(0);
        const out = table.rows.slice(1).map((row) => row.outInRound ?? 0);
        expect(out).toEqual([...out].sort((a, b) => b - a));
        expect(podium(done)?.[0]?.entrants).toHaveLength(1);
      }
    }
  });

  it('plays singles once fewer than four are left', () => {
    const done = playOut(lastManStanding(4, 2), randomReferee('singles'));
    const last = done.rounds.at(-1)?.matches[0];
    expect(last?.red).toHaveLength(1);
    expect(last?.blue).toHaveLength(1);
  });
});
