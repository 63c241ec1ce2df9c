import { beforeEach, describe, expect, it } from 'vitest';
import type { MatchResult } from '../lambda/src/domain/match/result';
import { isPeriodId, rebuildStats } from '../lambda/src/domain/stats';
import { DynamoMatchStore } from '../lambda/src/store/dynamo-match-store';
import { DynamoStatsStore } from '../lambda/src/store/dynamo-stats-store';
import { withRecordWriters } from '../lambda/src/store/with-record-writers';
import { playSeason } from '../test/skill/stats-season';
import { createTestTable, type TestTable } from '../test/support/dynamodb';
import { runProjectScript } from './history/run-script';

describe('npm run recompute-ratings', () => {
  let table: TestTable;
  let stats: DynamoStatsStore;
  let season: MatchResult[];

  beforeEach(async () => {
    table = await createTestTable();
    const options = { client: table.document, tableName: table.tableName };
    stats = new DynamoStatsStore(options);
    const store = withRecordWriters(new DynamoMatchStore(options), [stats.recordWriter]);
    season = await playSeason(
      store,
      { accountId: 'acct-1', thingName: 'table-1' },
      { count: 30, seed: 4, now: Date.UTC(2025, 5, 20) },
    );
    await playSeason(
      store,
      { accountId: 'acct-2', thingName: 'table-2' },
      { count: 10, seed: 9, now: Date.UTC(2025, 5, 20) },
    );
  }, 60_000);

  it("rebuilds every account's documents from the history, replacing stale ones", async () => {
    // Prepare: acct-1's documents hold a wrong recount (as after a change of rating parameters).
    const counted = await stats.read('acct-1', 'all');
    const before = await stats.versions('acct-1');
    await stats.storeRecount('acct-1', rebuildStats([]), before);
    expect((await stats.read('acct-1', 'all')).stats.matches).toBe(0);

    // Act
    const run = await runProjectScript('recompute-ratings.ts', [], table.env);

    // Assess: the same documents as counted live, one version further.
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('acct-1: 30 matches');
    expect(run.stdout).toContain('acct-2: 10 matches');
    const recounted = await stats.read('acct-1', 'all');
    expect(recounted.stats).toEqual(counted.stats);
    expect([...(await stats.versions('acct-1')).keys()].sort()).toEqual([...before.keys()].sort());
  });

  it('recounts one account in another time zone, and leaves the others alone', async () => {
    const other = await stats.versions('acct-2');

    const run = await runProjectScript(
      'recompute-ratings.ts',
      ['--account', 'acct-1', '--time-zone', 'Pacific/Kiritimati'],
      table.env,
    );

    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('acct-2');
    expect(await stats.versions('acct-2')).toEqual(other);
    const expected = rebuildStats(season, { timeZone: 'Pacific/Kiritimati' });
    const periods = Object.keys(expected).sort();
    expect([...(await stats.versions('acct-1')).keys()].sort()).toEqual(periods);
    for (const period of periods) {
      if (!isPeriodId(period)) throw new Error(`not a period: ${period}`);
      expect((await stats.read('acct-1', period)).stats).toEqual(expected[period]);
    }
  });
});
