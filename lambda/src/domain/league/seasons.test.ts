import { describe, expect, it } from 'vitest';
import { NoClosedSeasonError, SeasonEmptyError } from '../errors';
import { applyResult } from '../stats/apply-result';
import { emptyStats } from '../stats/count-result';
import { periodId } from '../stats/periods';
import { playerStats } from '../stats/player-stats';
import { rebuildStats } from '../stats/rebuild';
import { redBeatsBlue } from '../stats/test-fixtures';
import { closeSeason, initialSeasons, lastClosedSeason, seasonAt, seasonBounds } from './seasons';

const day = 86_400_000;
const start = Date.UTC(2026, 8, 1, 12);

describe('seasons', () => {
  const before = [
    redBeatsBlue(['Alice'], ['Bob'], start),
    redBeatsBlue(['Alice'], ['Carol'], start + day),
    redBeatsBlue(['Bob'], ['Carol'], start + 2 * day),
  ];
  const closedAt = start + 3 * day;
  const after = [redBeatsBlue(['Carol'], ['Alice'], start + 4 * day)];

  it('closes the running season with its podium by wins, and starts the next', () => {
    const stats = before.reduce((doc, result) => applyResult(doc, result), emptyStats('season:current'));
    const seasons = closeSeason(initialSeasons(), stats, closedAt, { carryRatings: false });
    expect(seasons.current).toEqual({ number: 2, startedAt: closedAt });
    expect(lastClosedSeason(seasons)).toMatchObject({
      number: 1,
      matches: 3,
      podium: [
        { rank: 1, name: 'Alice', won: 2 },
        { rank: 2, name: 'Bob', won: 1 },
        { rank: 3, name: 'Carol', won: 0 },
      ],
    });
    expect(seasonAt(seasons, start)).toBe(1);
    expect(seasonAt(seasons, closedAt)).toBe(2);
  });

  it('refuses to close a season with no match (twice in a row), and "last season" before any close', () => {
    expect(() =>
      closeSeason(initialSeasons(), emptyStats('season:current'), closedAt, { carryRatings: false }),
    ).toThrow(SeasonEmptyError);
    expect(() => lastClosedSeason(initialSeasons())).toThrow(NoClosedSeasonError);
    expect(() => periodId('lastSeason', closedAt)).toThrow(NoClosedSeasonError);
  });

  it('recounts every season from the history, all time counting across them', () => {
    const stats = before.reduce((doc, result) => applyResult(doc, result), emptyStats('season:current'));
    const seasons = closeSeason(initialSeasons(), stats, closedAt, { carryRatings: false });
    const documents = rebuildStats([...before, ...after], { seasons: seasonBounds(seasons) });
    expect(documents['season:1']?.matches).toBe(3);
    expect(documents['season:current']?.matches).toBe(1);
    expect(documents.all.matches).toBe(4);
    expect(documents.all.closedSeasons).toBe(1);
    expect(rebuildStats(before).all.closedSeasons).toBeUndefined();
    expect(periodId('lastSeason', closedAt, { seasons: seasonBounds(seasons) })).toBe('season:1');
    const carol = documents['season:current'] && playerStats(documents['season:current'], 'Carol');
    expect(carol).toMatchObject({ played: 1, won: 1 });
  });

  it('starts the next season from the ratings carried over, halfway back to a newcomer’s', () => {
    const stats = before.reduce((doc, result) => applyResult(doc, result), emptyStats('season:current'));
    const seasons = closeSeason(initialSeasons(), stats, closedAt, { carryRatings: true });
    const documents = rebuildStats([...before, ...after], { seasons: seasonBounds(seasons) });
    const aliceBefore = documents['season:1']?.players.find((p) => p.name === 'Alice')?.ratings.all;
    const carried = documents['season:current']?.carriedRatings?.alice?.all;
    if (!aliceBefore || !carried) throw new Error('no ratings');
    expect(carried.mu).toBeCloseTo(25 + (aliceBefore.mu - 25) / 2);
    expect(carried.sigma).toBeCloseTo((aliceBefore.sigma + 25 / 3) / 2);
    const fresh = rebuildStats([...before, ...after], {
      seasons: seasonBounds(closeSeason(initialSeasons(), stats, closedAt, { carryRatings: false })),
    });
    expect(
      documents['season:current']?.players.find((p) => p.name === 'Alice')?.ratings.all.mu,
    ).not.toBeCloseTo(fresh['season:current']?.players.find((p) => p.name === 'Alice')?.ratings.all.mu ?? 0);
  });
});
