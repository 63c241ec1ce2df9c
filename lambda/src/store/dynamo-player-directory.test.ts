import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../test/support/dynamodb';
import { CorruptItemError } from './corrupt-item-error';
import { DynamoMatchStore } from './dynamo-match-store';
import { DynamoPlayerDirectory } from './dynamo-player-directory';
import { newSinglesMatch } from './sample-matches';
import { playersKey } from './table-layout';

describe('DynamoPlayerDirectory', () => {
  let table: TestTable;
  let matches: DynamoMatchStore;
  let directory: DynamoPlayerDirectory;

  beforeEach(async () => {
    table = await createTestTable();
    matches = new DynamoMatchStore({ client: table.document, tableName: table.tableName });
    directory = new DynamoPlayerDirectory({ client: table.document, tableName: table.tableName });
  });

  it('knows nobody before the first match', async () => {
    expect(await directory.knownPlayers('acct-1')).toEqual([]);
  });

  it('grows with every match, each name once, in alphabetical order', async () => {
    await matches.save('t1', 0, {
      leagueId: 'acct-1',
      match: newSinglesMatch(),
      players: ['Zoé', 'Bob', 'Bob'],
    });
    await matches.save('t1', 1, {
      leagueId: 'acct-1',
      match: newSinglesMatch(),
      players: ['Émile', 'Bob', 'alice'],
    });
    await matches.save('t2', 0, { leagueId: 'acct-2', match: newSinglesMatch(), players: ['Xavier'] });

    expect(await directory.knownPlayers('acct-1')).toEqual(['alice', 'Bob', 'Émile', 'Zoé']);
    expect(await directory.knownPlayers('acct-2')).toEqual(['Xavier']);
  });

  it('throws CorruptItemError when the names are not a string set', async () => {
    const key = playersKey('acct-1');
    await table.document.send(
      new PutCommand({ TableName: table.tableName, Item: { ...key, names: 'Alice' } }),
    );

    await expect(directory.knownPlayers('acct-1')).rejects.toBeInstanceOf(CorruptItemError);
  });
});
