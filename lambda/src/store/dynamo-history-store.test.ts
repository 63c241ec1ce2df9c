import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../test/support/dynamodb';
import { CorruptItemError } from './corrupt-item-error';
import { DynamoHistoryStore } from './dynamo-history-store';
import { DynamoMatchStore } from './dynamo-match-store';
import { finished, newSinglesMatch } from './sample-matches';
import { historyKey } from './table-layout';

describe('DynamoHistoryStore', () => {
  let table: TestTable;
  let matches: DynamoMatchStore;
  let history: DynamoHistoryStore;

  beforeEach(async () => {
    table = await createTestTable();
    matches = new DynamoMatchStore({ client: table.document, tableName: table.tableName });
    history = new DynamoHistoryStore({ client: table.document, tableName: table.tableName });
  });

  /** Plays and finishes one match per finish time on the account's table, in the order given. */
  async function playMatches(accountId: string, finishTimes: number[]) {
    const results = [];
    for (const [index, finishedAt] of finishTimes.entries()) {
      const thing = `table-${accountId}`;
      const { version } = await matches.load(thing);
      const { match, result } = finished(
        newSinglesMatch(`${accountId}-m${index}`, finishedAt - 60_000),
        finishedAt,
      );
      await matches.save(thing, version, { leagueId: accountId, match, result });
      results.push(result);
    }
    return results;
  }

  it('returns the most recent matches first, up to the limit', async () => {
    const [march, january, december] = await playMatches('acct-1', [
      Date.UTC(2026, 2, 1),
      Date.UTC(2026, 0, 1),
      Date.UTC(2025, 11, 31),
    ]);

    expect(await history.recent('acct-1', 10)).toEqual([march, january, december]);
    expect(await history.recent('acct-1', 2)).toEqual([march, january]);
  });

  it("never returns another account's matches nor the players item", async () => {
    await playMatches('acct-1', [Date.UTC(2026, 0, 1)]);
    await matches.save('table-acct-2', 0, {
      leagueId: 'acct-2',
      match: newSinglesMatch(),
      players: ['Alice'],
    });

    expect(await history.recent('acct-2', 10)).toEqual([]);
  });

  it('returns nothing for a limit of 0', async () => {
    await playMatches('acct-1', [Date.UTC(2026, 0, 1)]);

    expect(await history.recent('acct-1', 0)).toEqual([]);
  });

  it('throws CorruptItemError naming the malformed entry', async () => {
    const key = historyKey('acct-1', Date.UTC(2026, 0, 1), 'bad');
    await table.document.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...key, result: { id: 'bad', winner: 'green' } },
      }),
    );

    await expect(history.recent('acct-1', 5)).rejects.toMatchObject({ name: 'CorruptItemError', key });
    await expect(history.recent('acct-1', 5)).rejects.toBeInstanceOf(CorruptItemError);
  });
});
