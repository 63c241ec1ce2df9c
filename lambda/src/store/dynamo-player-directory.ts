import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { parseStoredItem } from './corrupt-item-error';
import type { DynamoStoreOptions } from './dynamo-match-store';
import { playersItemSchema } from './match-item-schema';
import type { PlayerDirectory } from './ports';
import { playersKey } from './table-layout';

/** `PlayerDirectory` on the single table: the string set that each finished or started match grows. */
export class DynamoPlayerDirectory implements PlayerDirectory {
  constructor(private readonly options: Omit<DynamoStoreOptions, 'now'>) {}

  /** Names in alphabetical order (accents compared as a person would). */
  async knownPlayers(accountId: string): Promise<string[]> {
    const key = playersKey(accountId);
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key }),
    );
    if (!Item) return [];
    const { names = new Set<string>() } = parseStoredItem(playersItemSchema, Item, key);
    return [...names].sort((a, b) => a.localeCompare(b));
  }

  async aliases(leagueId: string): Promise<Record<string, string>> {
    const key = playersKey(leagueId);
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key, ProjectionExpression: 'aliases' }),
    );
    if (!Item) return {};
    return parseStoredItem(playersItemSchema, Item, key).aliases ?? {};
  }
}
