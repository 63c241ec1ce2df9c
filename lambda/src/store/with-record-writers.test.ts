import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../test/support/dynamodb';
import { DynamoHistoryStore } from './dynamo-history-store';
import { DynamoMatchStore } from './dynamo-match-store';
import { type RecordChange, type RecordWriter, VersionConflictError } from './ports';
import { finished, newSinglesMatch } from './sample-matches';
import { accountPk, type ItemKey } from './table-layout';
import { updateTable } from './update-table';
import { withRecordWriters } from './with-record-writers';

/** A companion like a stats item: counts finished matches, read then written with its version. */
function finishCounter(table: TestTable, seen: RecordChange[] = []): { key: ItemKey; writer: RecordWriter } {
  const key = { pk: accountPk('acct-1'), sk: 'TEST#FINISHES' };
  const writer: RecordWriter = async (finishedMatch) => {
    seen.push(finishedMatch);
    const { Item } = await table.document.send(
      new GetCommand({ TableName: table.tableName, Key: key, ConsistentRead: true }),
    );
    const count = typeof Item?.count === 'number' ? Item.count : 0;
    const version = typeof Item?.version === 'number' ? Item.version : 0;
    return [
      {
        key,
        attributes: { count: count + 1, lastMatch: finishedMatch.result?.id },
        expectedVersion: version,
      },
    ];
  };
  return { key, writer };
}

async function read(table: TestTable, key: ItemKey) {
  const { Item } = await table.document.send(new GetCommand({ TableName: table.tableName, Key: key }));
  return Item;
}

describe('withRecordWriters', () => {
  let table: TestTable;
  let base: DynamoMatchStore;
  let history: DynamoHistoryStore;

  beforeEach(async () => {
    table = await createTestTable();
    const options = { client: table.document, tableName: table.tableName };
    base = new DynamoMatchStore(options);
    history = new DynamoHistoryStore(options);
  });

  it('writes what a finished match changes in the same turn as the table and the history', async () => {
    const seen: RecordChange[] = [];
    const counter = finishCounter(table, seen);
    const store = withRecordWriters(base, [counter.writer]);
    const started = newSinglesMatch('m-1');
    await store.save('babyfoot-1', 0, { leagueId: 'acct-1', match: started });
    const { match, result } = finished(started, 1_700_000_900_000);

    await store.save('babyfoot-1', 1, { leagueId: 'acct-1', match, result });

    expect(seen).toEqual([{ leagueId: 'acct-1', thingName: 'babyfoot-1', match, result }]);
    expect(await read(table, counter.key)).toMatchObject({ count: 1, lastMatch: 'm-1', version: 1 });
    expect(await history.recent('acct-1', 5)).toEqual([result]);
  });

  it('asks no writer while the match goes on', async () => {
    const seen: RecordChange[] = [];
    const store = withRecordWriters(base, [finishCounter(table, seen).writer]);

    await store.save('babyfoot-1', 0, { leagueId: 'acct-1', match: newSinglesMatch('m-1') });

    expect(seen).toEqual([]);
  });

  it('writes nothing at all when a companion changed since it was read, then lands on retry', async () => {
    const counter = finishCounter(table);
    const started = newSinglesMatch('m-1');
    await base.save('babyfoot-1', 0, { leagueId: 'acct-1', match: started });
    const { match, result } = finished(started, 1_700_000_900_000);
    // Another finish (on another table) bumps the counter between our read and our write, once.
    let raced = false;
    const racing: RecordWriter = async (finishedMatch) => {
      const writes = await counter.writer(finishedMatch);
      if (!raced) {
        raced = true;
        await base.save('babyfoot-2', 0, {
          leagueId: 'acct-1',
          match: newSinglesMatch('m-other'),
          companions: writes,
        });
      }
      return writes;
    };
    const store = withRecordWriters(base, [racing]);

    await expect(store.save('babyfoot-1', 1, { leagueId: 'acct-1', match, result })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    expect(await history.recent('acct-1', 5)).toEqual([]);
    expect((await base.load('babyfoot-1')).match?.status).toBe('in_progress');

    await updateTable(store, 'babyfoot-1', () => ({
      outcome: 'won',
      write: { leagueId: 'acct-1', match, result },
    }));

    expect(await read(table, counter.key)).toMatchObject({ count: 2, version: 2 });
    expect(await history.recent('acct-1', 5)).toEqual([result]);
  });

  it('applies the companions once when the same finish is stored again', async () => {
    const counter = finishCounter(table);
    const store = withRecordWriters(base, [counter.writer]);
    const started = newSinglesMatch('m-1');
    await store.save('babyfoot-1', 0, { leagueId: 'acct-1', match: started });
    const { match, result } = finished(started, 1_700_000_900_000);
    await store.save('babyfoot-1', 1, { leagueId: 'acct-1', match, result });

    await store.save('babyfoot-1', 2, { leagueId: 'acct-1', match, result });

    expect(await read(table, counter.key)).toMatchObject({ count: 1 });
    expect(await history.recent('acct-1', 5)).toEqual([result]);
  });
});
