import { describe, expect, it } from 'vitest';
import type { MatchResult, TimedShot } from '../match/result';
import type { TeamColor } from '../match/types';
import { applyResult } from './apply-result';
import { emptyStats } from './count-result';
import { aggregateKeys } from './periods';
import { rebuildStats } from './rebuild';
import { replaceResult, retractResult } from './retract-result';
import { findPlayer } from './roster';
import { accountStatsSchema } from './schema';
import { redBeatsBlue, season, seeded } from './test-fixtures';
import type { AccountStats, StatsOptions } from './types';

const start = Date.UTC(2025, 4, 5, 12);

/** The result with a timed fastest shot (km/h) by `team`, its `player`-th player when given. */
function timed(result: MatchResult, speedKmh: number, team: TeamColor = 'red', player?: number): MatchResult {
  const shot: TimedShot = { speedKmh, team, ...(player === undefined ? {} : { player }) };
  return {
    ...result,
    fastestShot: shot,
    ...(player === undefined ? {} : { fastestShotsBy: [{ speedKmh, team, player }] }),
  };
}

/**
 * A season where the table timed some goals: whole km/h between 20 and 60, so records are
 * often tied; shooters known in singles, sometimes in doubles; some matches not timed at all.
 */
function timedSeason(matches: number, seed: number): MatchResult[] {
  const random = seeded(seed * 31 + 1);
  const speed = () => 20 + Math.floor(random() * 41);
  return season(matches, seed).map((result) => {
    if (random() < 0.3) return result;
    const shots: Array<Required<TimedShot>> = [];
    for (const team of ['red', 'blue'] as const) {
      result.teams[team].forEach((_, player) => {
        if (result.mode === 'singles' || random() < 0.4) shots.push({ speedKmh: speed(), team, player });
      });
    }
    const untimedShooter = speed();
    const fastest = shots.reduce<TimedShot>((best, shot) => (shot.speedKmh > best.speedKmh ? shot : best), {
      speedKmh: untimedShooter,
      team: random() < 0.5 ? 'red' : 'blue',
    });
    return { ...result, fastestShot: fastest, ...(shots.length > 0 ? { fastestShotsBy: shots } : {}) };
  });
}

/** Every document, counted live: each result applied to its periods' documents as it finishes. */
function live(results: readonly MatchResult[], options: StatsOptions = {}): Map<string, AccountStats> {
  const documents = new Map<string, AccountStats>();
  for (const result of results) {
    for (const period of aggregateKeys(result, options)) {
      documents.set(period, applyResult(documents.get(period) ?? emptyStats(period), result, options));
    }
  }
  return documents;
}

function withoutJournal(stats: AccountStats | undefined): Omit<AccountStats, 'journal'> | undefined {
  if (stats === undefined) return undefined;
  const { journal: _journal, ...rest } = stats;
  return rest;
}

describe('the fastest shot in the stats', () => {
  it('keeps the fastest shot of the period with its team, players and shooter', () => {
    const first = timed(redBeatsBlue(['Alice'], ['Bob'], start), 41, 'blue', 0);
    const second = timed(redBeatsBlue(['Alice', 'Chloé'], ['Bob', 'David'], start + 60_000), 47);
    const slower = timed(redBeatsBlue(['Bob'], ['Alice'], start + 120_000), 39, 'red', 0);

    const stats = [first, second, slower].reduce(
      (document, result) => applyResult(document, result),
      emptyStats('all'),
    );

    expect(stats.fastestShot).toEqual({
      speedKmh: 47,
      team: 'red',
      players: ['Alice', 'Chloé'],
      resultId: second.id,
      finishedAt: start + 60_000,
    });
    expect(findPlayer(stats, 'Bob')?.fastestShotKmh).toBe(41);
    expect(findPlayer(stats, 'Alice')?.fastestShotKmh).toBeUndefined();
    expect(accountStatsSchema.parse(stats)).toEqual(stats);
  });

  it('leaves a tied record to the match that set it first', () => {
    const first = timed(redBeatsBlue(['Alice'], ['Bob'], start), 50, 'red', 0);
    const tie = timed(redBeatsBlue(['Bob'], ['Alice'], start + 60_000), 50, 'red', 0);

    const stats = applyResult(applyResult(emptyStats('all'), first), tie);

    expect(stats.fastestShot).toMatchObject({ scorer: 'Alice', resultId: first.id });
  });

  it('has no fastest shot until a timed match is counted, and none after it is taken back', () => {
    const untimed = applyResult(emptyStats('all'), redBeatsBlue(['Alice'], ['Bob'], start));
    const shot = timed(redBeatsBlue(['Alice'], ['Bob'], start + 60_000), 33, 'red', 0);
    const counted = applyResult(untimed, shot);

    const retracted = retractResult(counted, shot.id);

    expect(untimed).not.toHaveProperty('fastestShot');
    expect(counted.fastestShot?.speedKmh).toBe(33);
    expect(retracted).not.toHaveProperty('fastestShot');
    expect(findPlayer(retracted ?? untimed, 'Alice')).not.toHaveProperty('fastestShotKmh');
  });

  it('gives the record back to the shot it had beaten when a match is deleted or corrected', () => {
    const old = timed(redBeatsBlue(['Alice'], ['Bob'], start), 45, 'red', 0);
    const record = timed(redBeatsBlue(['Bob'], ['Alice'], start + 60_000), 58, 'red', 0);
    const later = redBeatsBlue(['Alice'], ['Bob'], start + 120_000);
    let stats = emptyStats('all');
    for (const result of [old, record, later]) stats = applyResult(stats, result);

    const deleted = retractResult(stats, record.id);
    const corrected = replaceResult(stats, record.id, { ...record, winner: 'blue' });

    expect(deleted?.fastestShot).toMatchObject({ speedKmh: 45, scorer: 'Alice' });
    expect(findPlayer(deleted ?? stats, 'Bob')).not.toHaveProperty('fastestShotKmh');
    expect(corrected?.fastestShot).toMatchObject({ speedKmh: 58, scorer: 'Bob' });
  });

  it('counts live exactly as a recount from the history, in every period (random seasons)', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const results = timedSeason(60, seed);

      const counted = live(results);
      const recounted = rebuildStats(results);

      expect(Object.keys(recounted).sort()).toEqual([...counted.keys()].sort());
      for (const [period, document] of counted)
        expect(document, `${period}, seed ${seed}`).toEqual(recounted[period]);
      const speeds = results.flatMap((result) => (result.fastestShot ? [result.fastestShot.speedKmh] : []));
      expect(counted.get('all')?.fastestShot?.speedKmh).toBe(Math.max(...speeds));
    }
  });

  it('keeps a fastest shot per season, the closed one and the running one, as a recount does', () => {
    const results = timedSeason(60, 9);
    const options: StatsOptions = { seasons: { closedAt: [results[30]?.finishedAt ?? 0] } };
    const shots = (document: AccountStats | undefined) => ({
      record: document?.fastestShot,
      players: document?.players.map((player) => [player.key, player.fastestShotKmh]),
    });

    const counted = live(results, options);
    const recounted = rebuildStats(results, options);

    const seasonBest = (from: number, to: number) =>
      Math.max(...results.slice(from, to).map((result) => result.fastestShot?.speedKmh ?? 0));
    expect(counted.get('season:1')?.fastestShot?.speedKmh).toBe(seasonBest(0, 31));
    expect(counted.get('season:current')?.fastestShot?.speedKmh).toBe(seasonBest(31, 60));
    for (const [period, document] of counted)
      expect(shots(document), period).toEqual(shots(recounted[period]));
  });

  it('takes back any match of the journal as a recount without it would (random seasons)', () => {
    for (const seed of [11, 12, 13, 14]) {
      const results = timedSeason(30, seed);
      const stats = rebuildStats(results).all;
      for (const gone of results.slice(-12)) {
        const retracted = retractResult(stats, gone.id);
        const recount = rebuildStats(results.filter((result) => result !== gone)).all;
        expect(withoutJournal(retracted), `${gone.id}, seed ${seed}`).toEqual(withoutJournal(recount));
      }
    }
  });
});
