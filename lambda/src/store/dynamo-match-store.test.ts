import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../test/support/dynamodb';
import { CorruptItemError } from './corrupt-item-error';
import { DynamoHistoryStore } from './dynamo-history-store';
import { DynamoMatchStore } from './dynamo-match-store';
import { DynamoPlayerDirectory } from './dynamo-player-directory';
import { VersionConflictError } from './ports';
import { finished, fullMatch, newSinglesMatch, withGoal } from './sample-matches';
import { liveKey } from './table-layout';

describe('DynamoMatchStore', () => {
  let table: TestTable;
  let store: DynamoMatchStore;
  let history: DynamoHistoryStore;
  let players: DynamoPlayerDirectory;

  beforeEach(async () => {
    table = await createTestTable();
    const options = { client: table.document, tableName: table.tableName };
    store = new DynamoMatchStore(options);
    history = new DynamoHistoryStore(options);
    players = new DynamoPlayerDirectory(options);
  });

  it('reports version 0 and no match for a table never written', async () => {
    const live = await store.load('babyfoot-new');

    expect(live).toEqual({ thingName: 'babyfoot-new', version: 0 });
  });

  it('loads back exactly the match it saved, every field included', async () => {
    const match = fullMatch();

    const version = await store.save('babyfoot-1', 0, { leagueId: 'acct-1', match });
    const live = await store.load('babyfoot-1');

    expect(version).toBe(1);
    expect(live).toEqual({
      thingName: 'babyfoot-1',
      leagueId: 'acct-1',
      match,
      version: 1,
      updatedAt: expect.any(Number),
    });
  });

  it('reads when the table was last written, from its own clock', async () => {
    const pinned = new DynamoMatchStore({
      client: table.document,
      tableName: table.tableName,
      now: () => 1_700_000_123_000,
    });
    await pinned.save('babyfoot-1', 0, { leagueId: 'acct-1', match: newSinglesMatch() });
    expect((await pinned.load('babyfoot-1')).updatedAt).toBe(1_700_000_123_000);
  });

  it('drops unset optional fields instead of failing on them', async () => {
    const match = { ...newSinglesMatch(), winner: undefined, pausedAt: undefined };

    await store.save('babyfoot-1', 0, { leagueId: 'acct-1', match });
    const live = await store.load('babyfoot-1');

    expect(live.match).toEqual(newSinglesMatch());
    expect(live.match && 'winner' in live.match).toBe(false);
  });

  it('refuses a write based on a stale version and keeps the winner', async () => {
    const first = newSinglesMatch('m-first');
    await store.save('babyfoot-1', 0, { leagueId: 'acct-1', match: first });
    const winner = withGoal(first, { id: 'g1', team: 'red', kind: 'goal', source: 'voice', at: 1 });
    await store.save('babyfoot-1', 1, { leagueId: 'acct-1', match: winner });

    await expect(
      store.save('babyfoot-1', 0, { leagueId: 'acct-2', match: newSinglesMatch('m-other') }),
    ).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.save('babyfoot-1', 1, { leagueId: 'acct-1', match: first })).rejects.toMatchObject({
      name: 'VersionConflictError',
      expectedVersion: 1,
    });
    expect(await store.load('babyfoot-1')).toMatchObject({ version: 2, match: winner, leagueId: 'acct-1' });
  });

  it('writes the finished match, its history entry and the players together', async () => {
    const started = newSinglesMatch('m-final');
    await store.save('babyfoot-1', 0, { leagueId: 'acct-1', match: started, players: ['Bob', 'Alice'] });
    const { match, result } = finished(started, 1_700_000_900_000);

    const version = await store.save('babyfoot-1', 1, {
      leagueId: 'acct-1',
      match,
      result,
      players: ['Alice', 'Zoé'],
    });

    expect(version).toBe(2);
    expect((await store.load('babyfoot-1')).match).toEqual(match);
    expect(await history.recent('acct-1', 10)).toEqual([result]);
    expect(await players.knownPlayers('acct-1')).toEqual(['Alice', 'Bob', 'Zoé']);
  });

  it('writes no history and no players when the finish loses the race', async () => {
    const started = newSinglesMatch('m-race');
    await store.save('babyfoot-1', 0, { leagueId: 'acct-1', match: started });
    await store.save('babyfoot-1', 1, {
      leagueId: 'acct-1',
      match: { ...started, status: 'paused', pausedAt: 5 },
    });
    const { match, result } = finished(started, 1_700_000_900_000);

    const stale = store.save('babyfoot-1', 1, { leagueId: 'acct-1', match, result, players: ['Alice'] });

    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    expect(await history.recent('acct-1', 10)).toEqual([]);
    expect(await players.knownPlayers('acct-1')).toEqual([]);
    expect((await store.load('babyfoot-1')).match?.status).toBe('paused');
  });

  it('never writes a replayed finish to the history twice', async () => {
    const started = newSinglesMatch('m-replay');
    await store.save('babyfoot-1', 0, { leagueId: 'acct-1', match: started });
    const { match, result } = finished(started, 1_700_000_900_000);
    await store.save('babyfoot-1', 1, { leagueId: 'acct-1', match, result });

    const replayedStale = store.save('babyfoot-1', 1, { leagueId: 'acct-1', match, result });
    await expect(replayedStale).rejects.toBeInstanceOf(VersionConflictError);
    const replayedCurrent = await store.save('babyfoot-1', 2, {
      leagueId: 'acct-1',
      match,
      result,
      players: ['Bob'],
    });

    expect(replayedCurrent).toBe(3);
    expect(await history.recent('acct-1', 10)).toEqual([result]);
    expect(await players.knownPlayers('acct-1')).toEqual(['Bob']);
  });

  it('throws CorruptItemError naming the key when the stored item is malformed', async () => {
    const key = liveKey('babyfoot-broken');
    await table.document.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          ...key,
          leagueId: 'acct-1',
          version: 3,
          match: { id: 'm', status: 'exploded' },
          updatedAt: 'x',
        },
      }),
    );

    const loading = store.load('babyfoot-broken');

    await expect(loading).rejects.toBeInstanceOf(CorruptItemError);
    await expect(loading).rejects.toMatchObject({ key });
    await expect(loading).rejects.toThrow(/THING#babyfoot-broken.*status/);
  });
});
