import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { parseStoredItem } from './corrupt-item-error';
import type { DynamoStoreOptions } from './dynamo-match-store';
import { LEAGUE_TABLE_SK_PREFIX, leaguePk } from './table-layout';

const tableItemSchema = z.object({ thingName: z.string().min(1) });

/**
 * The tables listed in a league (`TABLE#` items): one Query, read only, so that a reader such as
 * the web scoreboard needs no write access to list them.
 */
export async function leagueTables(
  options: Omit<DynamoStoreOptions, 'now'>,
  leagueId: string,
): Promise<string[]> {
  const pk = leaguePk(leagueId);
  const { Items = [] } = await options.client.send(
    new QueryCommand({
      TableName: options.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :table)',
      ExpressionAttributeValues: { ':pk': pk, ':table': LEAGUE_TABLE_SK_PREFIX },
      ProjectionExpression: 'sk, thingName',
    }),
  );
  return Items.map((item) => parseStoredItem(tableItemSchema, item, { pk, sk: String(item.sk) }).thingName);
}
