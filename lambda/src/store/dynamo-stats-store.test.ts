import { gzipSync } from 'node:zlib';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../test/support/dynamodb';
import type { MatchResult } from '../domain/match/result';
import { findPlayer, rebuildStats } from '../domain/stats';
import { redBeatsBlue } from '../domain/stats/test-fixtures';
import { memoryLogger } from '../logger';
import { CorruptItemError } from './corrupt-item-error';
import { DynamoHistoryStore } from './dynamo-history-store';
import { DynamoMatchStore } from './dynamo-match-store';
import { DynamoStatsStore, MAX_STATS_DOCUMENT_BYTES, StatsChangedError } from './dynamo-stats-store';
import type { MatchStore } from './ports';
import { finished, newSinglesMatch } from './sample-matches';
import { statsKey } from './table-layout';
import { updateTable } from './update-table';
import { withRecordWriters } from './with-record-writers';

const ACCOUNT = 'acct-stats';
// Wednesday 12 March 2025, 18:00 UTC: week 2025-W11, month 2025-03.
const MARCH_12 = Date.UTC(2025, 2, 12, 18, 0);

describe('DynamoStatsStore', () => {
  let table: TestTable;
  let stats: DynamoStatsStore;
  let matches: MatchStore;

  beforeEach(async () => {
    table = await createTestTable();
    const options = { client: table.document, tableName: table.tableName };
    stats = new DynamoStatsStore(options);
    matches = withRecordWriters(new DynamoMatchStore(options), [stats.recordWriter]);
  });

  /** Starts then finishes Alice (red) against Bob on a table, as turns do; returns the result. */
  async function play(thing: string, id: string, finishedAt: number, winner: 'red' | 'blue' = 'red') {
    const started = newSinglesMatch(id, finishedAt - 60_000);
    await updateTable(matches, thing, () => ({
      write: { leagueId: ACCOUNT, match: started },
      outcome: undefined,
    }));
    const done = finished({ ...started, score: { red: 10, blue: 4 } }, finishedAt, winner);
    await updateTable(matches, thing, () => ({
      write: { leagueId: ACCOUNT, match: done.match, result: done.result },
      outcome: undefined,
    }));
    return done;
  }

  it('counts a finished match in the all-time, month and week documents, in its own transaction', async () => {
    await play('table-1', 'm-1', MARCH_12, 'blue');

    const all = await stats.readPeriod(ACCOUNT, 'all', MARCH_12);
    const month = await stats.readPeriod(ACCOUNT, 'month', Date.UTC(2025, 2, 30));
    const week = await stats.readPeriod(ACCOUNT, 'week', Date.UTC(2025, 2, 16, 23));
    for (const document of [all, month, week]) {
      expect(document.matches).toBe(1);
      expect(findPlayer(document, 'Bob')?.singles).toMatchObject({ played: 1, won: 1, goalsFor: 4 });
      expect(findPlayer(document, 'alice')?.singles).toMatchObject({ played: 1, won: 0, goalsAgainst: 4 });
    }
    expect(month.period).toBe('month:2025-03');
    expect(week.period).toBe('week:2025-W11');
    expect(await stats.read(ACCOUNT, 'all')).toMatchObject({ version: 1 });
  });

  it('reads an empty document for a period nobody played in', async () => {
    await play('table-1', 'm-1', MARCH_12);

    const april = await stats.readPeriod(ACCOUNT, 'month', Date.UTC(2025, 3, 2));

    expect(april).toMatchObject({ period: 'month:2025-04', matches: 0, players: [] });
    expect(await stats.read(ACCOUNT, 'month:2025-04')).toMatchObject({ version: 0 });
  });

  it('counts a finish saved twice (a replayed turn) once', async () => {
    const { match, result } = await play('table-1', 'm-1', MARCH_12);
    const live = await matches.load('table-1');

    await matches.save('table-1', live.version, { leagueId: ACCOUNT, match, result });

    expect((await stats.readPeriod(ACCOUNT, 'all', MARCH_12)).matches).toBe(1);
  });

  it('leaves the stats alone when a match is abandoned (no result)', async () => {
    const started = newSinglesMatch('m-abandoned', MARCH_12);
    await matches.save('table-1', 0, { leagueId: ACCOUNT, match: started });
    await matches.save('table-1', 1, {
      leagueId: ACCOUNT,
      match: { ...started, status: 'abandoned', score: { red: 3, blue: 1 } },
    });

    expect(await stats.read(ACCOUNT, 'all')).toMatchObject({ version: 0, stats: { matches: 0 } });
  });

  it('counts both of two matches that finish at the same moment on two tables of the account', async () => {
    await Promise.all([
      play('table-1', 'm-1', MARCH_12),
      play('table-2', 'm-2', MARCH_12 + 1),
      play('table-3', 'm-3', MARCH_12 + 2, 'blue'),
    ]);

    const all = await stats.readPeriod(ACCOUNT, 'all', MARCH_12);
    expect(all.matches).toBe(3);
    expect(findPlayer(all, 'Alice')?.singles).toMatchObject({ played: 3, won: 2 });
  });

  it('takes a result back out of the history and every document in the turn that reopens the match', async () => {
    // Prepare: two matches; the second one's finish was wrong.
    await play('table-1', 'm-1', MARCH_12);
    const wrong = await play('table-1', 'm-2', MARCH_12 + 60_000, 'blue');
    const live = await matches.load('table-1');
    const reopened = { ...wrong.match, status: 'in_progress' as const };
    delete reopened.winner;
    delete reopened.finishedAt;

    // Act
    await matches.save('table-1', live.version, {
      leagueId: ACCOUNT,
      match: reopened,
      retracted: wrong.result,
    });

    // Assess
    const history = new DynamoHistoryStore({ client: table.document, tableName: table.tableName });
    expect((await history.recent(ACCOUNT, 10)).map((result) => result.id)).toEqual(['m-1']);
    for (const period of ['all', 'month:2025-03', 'week:2025-W11'] as const) {
      const { stats: document } = await stats.read(ACCOUNT, period);
      expect(document.matches).toBe(1);
      expect(findPlayer(document, 'Bob')?.singles).toMatchObject({ played: 1, won: 0 });
    }
  });

  it('marks a document it cannot read for rebuild, finishes the match, and recounts it when read', async () => {
    // Prepare: the all-time document is garbage.
    const log = memoryLogger();
    const options = { client: table.document, tableName: table.tableName, log };
    stats = new DynamoStatsStore(options);
    matches = withRecordWriters(new DynamoMatchStore(options), [stats.recordWriter]);
    await table.document.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...statsKey(ACCOUNT, 'all'), version: 4, document: new Uint8Array([1, 2, 3]) },
      }),
    );

    // Act
    await play('table-1', 'm-1', MARCH_12);

    // Assess
    expect(log.lines).toContainEqual(
      expect.objectContaining({ level: 'error', StatsMarkedForRebuild: 1, period: 'all' }),
    );
    expect(await stats.read(ACCOUNT, 'all')).toMatchObject({ version: 5, needsRebuild: true });
    expect((await stats.readPeriod(ACCOUNT, 'month', MARCH_12)).matches).toBe(1);
    const all = await stats.readPeriod(ACCOUNT, 'all', MARCH_12);
    expect(findPlayer(all, 'Alice')?.singles).toMatchObject({ played: 1, won: 1 });
    expect(await stats.read(ACCOUNT, 'all')).not.toHaveProperty('needsRebuild');
  });

  it('throws CorruptItemError naming the item when a document does not parse', async () => {
    const key = statsKey(ACCOUNT, 'all');
    await table.document.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...key, version: 1, document: new Uint8Array(gzipSync(JSON.stringify({ matches: -1 }))) },
      }),
    );

    await expect(stats.read(ACCOUNT, 'all')).rejects.toThrow(CorruptItemError);
    await expect(stats.read(ACCOUNT, 'all')).rejects.toThrow(/STATS#all/);
  });

  describe('storeRecount (a recount from the history)', () => {
    it('writes the recount, deletes documents the recount no longer holds, and bumps versions', async () => {
      await play('table-1', 'm-1', MARCH_12);
      const before = await stats.versions(ACCOUNT);
      expect([...before.keys()].sort()).toEqual(['all', 'month:2025-03', 'season:current', 'week:2025-W11']);
      const recount = rebuildStats([redBeatsBlue(['Carole'], ['David'], Date.UTC(2025, 3, 1, 9))]);

      await stats.storeRecount(ACCOUNT, recount, before);

      const after = await stats.versions(ACCOUNT);
      expect(Object.fromEntries(after)).toEqual({
        all: 2,
        'month:2025-04': 1,
        'season:current': 2,
        'week:2025-W14': 1,
      });
      const all = await stats.readPeriod(ACCOUNT, 'all', 0);
      expect(all.players.map((player) => player.name)).toEqual(['Carole', 'David']);
    });

    it('refuses to overwrite a document that a match changed after the versions were read', async () => {
      await play('table-1', 'm-1', MARCH_12);
      const before = await stats.versions(ACCOUNT);
      await play('table-1', 'm-2', MARCH_12 + 60_000);

      await expect(stats.storeRecount(ACCOUNT, rebuildStats([]), before)).rejects.toThrow(StatsChangedError);
      expect((await stats.readPeriod(ACCOUNT, 'all', 0)).matches).toBe(2);
    });
  });

  it('keeps 50 players who all met each other far under the item limit, compressed', async () => {
    // Prepare: every pair of 50 players with 24-character names partners in doubles and meets in singles.
    const players = Array.from({ length: 50 }, (_, i) => `Player number ${String(i).padStart(2, '0')} long`);
    const results: MatchResult[] = [];
    for (let i = 0; i < players.length; i++) {
      for (let j = i + 1; j < players.length; j++) {
        const at = MARCH_12 + results.length * 60_000;
        const others = players.filter((_, k) => k !== i && k !== j);
        const [a = '', b = ''] = [players[i], players[j]];
        const opponents = [others[(i + j) % others.length] ?? '', others[(i + j + 1) % others.length] ?? ''];
        results.push(redBeatsBlue([a, b], opponents, at, 9), redBeatsBlue([b], [a], at + 1, 9));
      }
    }
    const recount = rebuildStats(results);

    // Act
    await stats.storeRecount(ACCOUNT, { all: recount.all }, new Map());
    const stored = await stats.read(ACCOUNT, 'all');

    // Assess
    expect(stored.stats).toEqual(recount.all);
    const bytes = gzipSync(JSON.stringify(recount.all)).byteLength;
    expect(bytes).toBeLessThan(MAX_STATS_DOCUMENT_BYTES / 4);
  });
});
