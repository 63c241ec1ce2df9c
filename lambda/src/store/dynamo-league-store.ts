import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { parseStoredItem } from './corrupt-item-error';
import type { DynamoMatchStore, DynamoStoreOptions } from './dynamo-match-store';
import { leagueTables } from './league-tables';
import type { LiveTable } from './ports';
import { accountLeagueKey, HISTORY_SK_PREFIX, leaguePk, leagueTableKey } from './table-layout';

/** Which league accounts and tables belong to. */
export interface LeagueStore {
  /** The league the account joined when one of its Echos was first linked to a table. */
  homeLeague(accountId: string): Promise<string | undefined>;
  /**
   * Makes `leagueId` the account's league when it has none yet, and lists the table among the
   * league's tables. An account keeps the first league it joined.
   * @returns the account's league after the call.
   */
  join(accountId: string, leagueId: string, thingName: string): Promise<string>;
  /** Whether the league has a finished match. */
  hasMatches(leagueId: string): Promise<boolean>;
  /** The tables listed in the league. */
  tables(leagueId: string): Promise<string[]>;
  /**
   * Moves the table read as `live` into the league, unless the table changed since.
   * @throws VersionConflictError
   */
  moveTable(live: LiveTable, leagueId: string): Promise<void>;
}

const leagueItemSchema = z.object({ leagueId: z.string().min(1) });

/** `LeagueStore` on the single table: an account's `LEAGUE` item and a league's `TABLE#` items. */
export class DynamoLeagueStore implements LeagueStore {
  constructor(
    private readonly options: Omit<DynamoStoreOptions, 'now'>,
    private readonly matches: Pick<DynamoMatchStore, 'assignLeague'>,
  ) {}

  async homeLeague(accountId: string): Promise<string | undefined> {
    const key = accountLeagueKey(accountId);
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key }),
    );
    return Item === undefined ? undefined : parseStoredItem(leagueItemSchema, Item, key).leagueId;
  }

  async join(accountId: string, leagueId: string, thingName: string): Promise<string> {
    const { tableName: TableName, client } = this.options;
    await client.send(
      new PutCommand({ TableName, Item: { ...leagueTableKey(leagueId, thingName), thingName } }),
    );
    try {
      await client.send(
        new PutCommand({
          TableName,
          Item: { ...accountLeagueKey(accountId), leagueId },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return leagueId;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        return (await this.homeLeague(accountId)) ?? leagueId;
      throw error;
    }
  }

  async hasMatches(leagueId: string): Promise<boolean> {
    const { Items = [] } = await this.options.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :history)',
        ExpressionAttributeValues: { ':pk': leaguePk(leagueId), ':history': HISTORY_SK_PREFIX },
        ProjectionExpression: 'sk',
        Limit: 1,
      }),
    );
    return Items.length > 0;
  }

  tables(leagueId: string): Promise<string[]> {
    return leagueTables(this.options, leagueId);
  }

  async moveTable(live: LiveTable, leagueId: string): Promise<void> {
    await this.matches.assignLeague(live, leagueId);
  }
}
