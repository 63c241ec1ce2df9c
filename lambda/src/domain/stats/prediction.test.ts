import { describe, expect, it } from 'vitest';
import { SamePlayerOnBothTeamsError } from '../errors';
import type { MatchResult } from '../match/result';
import { applyResult } from './apply-result';
import { emptyStats } from './count-result';
import { predictWin } from './prediction';
import { rankByRating } from './rankings';
import { conservativeRating, defaultRating } from './ratings';
import { rebuildStats } from './rebuild';
import { redBeatsBlue, season } from './test-fixtures';

const HOUR = 3_600_000;
const start = Date.UTC(2025, 4, 5, 12);

describe('skill ratings', () => {
  // Alice and Bob always beat Chloé and David; others play around them.
  const results: MatchResult[] = [];
  for (let i = 0; i < 8; i++) {
    results.push(redBeatsBlue(['Alice', 'Bob'], ['Chloé', 'David'], start + 3 * i * HOUR));
    results.push(redBeatsBlue(['Eve'], ['Fred'], start + (3 * i + 1) * HOUR));
    results.push(redBeatsBlue(['Fred', 'Chloé'], ['Eve', 'David'], start + (3 * i + 2) * HOUR));
  }
  const stats = rebuildStats(results).all;

  it('gives the pair that always wins more than one chance in two, and the other less', () => {
    const prediction = predictWin(stats, ['Alice', 'Bob'], ['Chloé', 'David']);
    const reverse = predictWin(stats, ['Chloé', 'David'], ['Alice', 'Bob']);

    expect(prediction.teamA).toBeGreaterThan(0.5);
    expect(prediction.teamB).toBeLessThan(0.5);
    expect(prediction.teamA + prediction.teamB).toBeCloseTo(1, 12);
    expect(reverse.teamA).toBeCloseTo(prediction.teamB, 12);
    expect(prediction.unrated).toEqual([]);
  });

  it('ranks by the conservative estimate mu - 3 sigma', () => {
    const ranking = rankByRating(stats);

    const place = (name: string) => ranking.findIndex((e) => e.name === name);
    expect(Math.max(place('Alice'), place('Bob'))).toBeLessThan(Math.min(place('Chloé'), place('David')));
    for (const entry of ranking) expect(entry.rating).toBeCloseTo(entry.mu - 3 * entry.sigma, 12);
    expect(ranking.map((e) => e.rating)).toEqual([...ranking.map((e) => e.rating)].sort((a, b) => b - a));
  });

  it('gives an unknown player the rating of a new player, found however the names are said', () => {
    const prediction = predictWin(stats, ['alice'], ['Zoé']);
    const alice = stats.players.find((p) => p.name === 'Alice')?.ratings.all;

    expect(prediction.unrated).toEqual(['Zoé']);
    expect(alice && conservativeRating(alice)).toBeGreaterThan(conservativeRating(defaultRating()));
    expect(prediction.teamA).toBeGreaterThan(0.5);
    expect(predictWin(emptyStats('all'), ['A'], ['B']).teamA).toBeCloseTo(0.5, 12);
  });

  it('keeps singles and doubles ratings apart on request', () => {
    // Eve only plays (and wins) singles against Fred; in doubles she only lost.
    const singles = predictWin(stats, ['Eve'], ['Fred'], { mode: 'singles' });
    const doubles = predictWin(stats, ['Eve'], ['Fred'], { mode: 'doubles' });

    expect(singles.teamA).toBeGreaterThan(0.5);
    expect(doubles.teamA).toBeLessThan(0.5);
  });

  it('refuses a player on both teams', () => {
    expect(() => predictWin(stats, ['Alice'], ['ALICE'])).toThrow(SamePlayerOnBothTeamsError);
  });

  it('rebuilds the same ratings as applying the season match by match in the same order', () => {
    const matches = season(120, 7);
    let incremental = emptyStats('all');
    for (const match of matches) incremental = applyResult(incremental, match);

    const rebuilt = rebuildStats(matches).all;

    expect(rebuilt.players.map((p) => p.ratings)).toEqual(incremental.players.map((p) => p.ratings));
    expect(rankByRating(rebuilt)).toEqual(rankByRating(incremental));
  });
});
