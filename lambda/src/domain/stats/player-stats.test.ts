import { describe, expect, it } from 'vitest';
import { UnknownPlayerError } from '../errors';
import type { MatchResult } from '../match/result';
import { playerStats } from './player-stats';
import { rankByRating, rankByWins, rankOf } from './rankings';
import { rebuildStats } from './rebuild';
import { redBeatsBlue } from './test-fixtures';

const HOUR = 3_600_000;
const start = Date.UTC(2025, 4, 5, 12);

/** Results at one-hour steps, in order. */
function played(...matches: ((at: number) => MatchResult)[]): MatchResult[] {
  return matches.map((match, i) => match(start + i * HOUR));
}

describe('winning streaks', () => {
  it('counts the current run of wins and remembers the longest', () => {
    // Prepare: Alice wins, wins, loses, then wins three in a row.
    const results = played(
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
      (at) => redBeatsBlue(['Bob'], ['Alice'], at),
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
      (at) => redBeatsBlue(['Alice', 'Chloé'], ['Bob', 'David'], at),
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
    );

    // Act
    const alice = playerStats(rebuildStats(results).all, 'Alice');

    // Assess
    expect(alice).toMatchObject({ currentStreak: 3, longestStreak: 3, played: 6, won: 5 });
  });

  it('drops the current streak to zero after a loss but keeps the longest', () => {
    const results = played(
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
      (at) => redBeatsBlue(['Bob'], ['Alice'], at),
    );

    const stats = rebuildStats(results).all;

    expect(playerStats(stats, 'Alice')).toMatchObject({ currentStreak: 0, longestStreak: 2 });
    expect(playerStats(stats, 'Bob')).toMatchObject({ currentStreak: 1, longestStreak: 1 });
  });
});

describe('best partner and nemesis', () => {
  it('names no partner from fewer than 3 matches together, even all won', () => {
    // Prepare: Alice and Bob win twice together; Alice and Chloé win 2 of 3.
    const results = played(
      (at) => redBeatsBlue(['Alice', 'Bob'], ['Eve', 'Fred'], at),
      (at) => redBeatsBlue(['Alice', 'Bob'], ['Eve', 'Fred'], at),
      (at) => redBeatsBlue(['Alice', 'Chloé'], ['Eve', 'Fred'], at),
      (at) => redBeatsBlue(['Alice', 'Chloé'], ['Eve', 'Fred'], at),
      (at) => redBeatsBlue(['Eve', 'Fred'], ['Alice', 'Chloé'], at),
    );

    const alice = playerStats(rebuildStats(results).all, 'alice');

    expect(alice.bestPartner).toEqual({ name: 'Chloé', played: 3, won: 2, lost: 1, winRate: 2 / 3 });
  });

  it('picks the opponent the player does worst against, from 3 matches on', () => {
    // Prepare: David beats Alice twice (too few); Eve beats her 2 of 3; Alice beats Bob 3 times.
    const results = played(
      (at) => redBeatsBlue(['David'], ['Alice'], at),
      (at) => redBeatsBlue(['David'], ['Alice'], at),
      (at) => redBeatsBlue(['Eve'], ['Alice'], at),
      (at) => redBeatsBlue(['Eve'], ['Alice'], at),
      (at) => redBeatsBlue(['Alice'], ['Eve'], at),
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
    );

    const stats = rebuildStats(results).all;

    expect(playerStats(stats, 'Alice').nemesis).toEqual({
      name: 'Eve',
      played: 3,
      won: 1,
      lost: 2,
      winRate: 1 / 3,
    });
    // Bob only ever lost to Alice: she is his nemesis; Alice never lost to Bob.
    expect(playerStats(stats, 'Bob').nemesis?.name).toBe('Alice');
    expect(playerStats(stats, 'David').nemesis).toBeUndefined();
  });

  it('names no nemesis for a player who never lost to anyone met 3 times', () => {
    const results = played(
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
      (at) => redBeatsBlue(['Alice'], ['Bob'], at),
    );

    expect(playerStats(rebuildStats(results).all, 'Alice').nemesis).toBeUndefined();
  });
});

describe('fannys and goals', () => {
  it('counts a fanny given by the winners and taken by the losers, and the goal difference', () => {
    const results = played(
      (at) => redBeatsBlue(['Alice', 'Bob'], ['Chloé', 'David'], at, 0),
      (at) => redBeatsBlue(['Chloé', 'David'], ['Alice', 'Bob'], at, 7),
    );

    const stats = rebuildStats(results).all;

    expect(playerStats(stats, 'Bob')).toMatchObject({
      fannysGiven: 1,
      fannysTaken: 0,
      goalsFor: 17,
      goalsAgainst: 10,
      goalDifference: 7,
    });
    expect(playerStats(stats, 'David')).toMatchObject({ fannysGiven: 0, fannysTaken: 1, goalDifference: -7 });
  });
});

describe('provisional players', () => {
  const results = played(
    ...Array.from({ length: 5 }, () => (at: number) => redBeatsBlue(['Alice'], ['Bob'], at)),
    (at) => redBeatsBlue(['Chloé'], ['Alice'], at),
    ...Array.from({ length: 3 }, () => (at: number) => redBeatsBlue(['Chloé'], ['David'], at)),
  );
  const stats = rebuildStats(results).all;

  it('marks players under 5 matches as provisional, in both rankings', () => {
    const byWins = rankByWins(stats);
    const byRating = rankByRating(stats);

    expect(Object.fromEntries(byWins.map((e) => [e.name, e.provisional]))).toEqual({
      Alice: false,
      Bob: false,
      Chloé: true,
      David: true,
    });
    expect(byRating.find((e) => e.name === 'Bob')?.provisional).toBe(false);
    expect(byRating.find((e) => e.name === 'Chloé')?.provisional).toBe(true);
    expect(playerStats(stats, 'Chloé').provisional).toBe(true);
  });

  it('ranks by wins, then win rate, sharing a rank on a tie', () => {
    // Alice 5 wins of 6; Chloé 4 of 4; Bob 0 of 5; David 0 of 3.
    expect(rankByWins(stats).map((e) => [e.rank, e.name, e.won, e.lost])).toEqual([
      [1, 'Alice', 5, 1],
      [2, 'Chloé', 4, 0],
      [3, 'Bob', 0, 5],
      [3, 'David', 0, 3],
    ]);
    expect(rankByWins(stats, { limit: 2 }).map((e) => e.name)).toEqual(['Alice', 'Chloé']);
  });

  it('ranks only the players of the mode asked for', () => {
    const withDoubles = rebuildStats([
      ...results,
      redBeatsBlue(['Eve', 'Fred'], ['Gus', 'Hal'], start + 100 * HOUR),
    ]).all;

    expect(rankByWins(withDoubles, { mode: 'doubles' }).map((e) => e.name)).toEqual([
      'Eve',
      'Fred',
      'Gus',
      'Hal',
    ]);
    expect(rankByRating(withDoubles, { mode: 'singles' }).map((e) => e.name)).not.toContain('Eve');
    expect(rankOf(withDoubles, 'Eve', 'wins', { mode: 'singles' })).toBeUndefined();
    expect(rankOf(withDoubles, 'eve', 'rating', { mode: 'doubles' })).toMatchObject({ of: 4 });
  });

  it('says whom it did not find, with the nearest names', () => {
    expect(() => playerStats(stats, 'Davide')).toThrow(UnknownPlayerError);
    try {
      rankOf(stats, 'Chloe', 'wins');
      rankOf(stats, 'Alicia', 'wins');
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownPlayerError);
      expect(error).toMatchObject({ player: 'Alicia', nearest: ['Alice'] });
    }
    expect.assertions(3);
  });
});
