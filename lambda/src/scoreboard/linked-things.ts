import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { parseStoredItem } from '../store/corrupt-item-error';
import { accountPk, deviceLinkKey } from '../store/table-layout';

const deviceLinkItemSchema = z.object({ sk: z.string(), thingName: z.string().regex(/^[a-zA-Z0-9:_-]+$/) });

/**
 * The tables the account's Echo devices were linked to with a pairing code (one Query of the
 * account's `DEVICE#` items; several Echos may drive the same table).
 */
export async function linkedThings(
  options: { client: DynamoDBDocumentClient; tableName: string },
  accountId: string,
): Promise<string[]> {
  const pk = accountPk(accountId);
  // The prefix comes from the pairing store's own key builder, so the two cannot drift.
  const prefix = deviceLinkKey(accountId, '').sk;
  const { Items = [] } = await options.client.send(
    new QueryCommand({
      TableName: options.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :device)',
      ExpressionAttributeValues: { ':pk': pk, ':device': prefix },
      ProjectionExpression: 'sk, thingName',
    }),
  );
  const things = Items.map(
    (item) => parseStoredItem(deviceLinkItemSchema, item, { pk, sk: String(item.sk) }).thingName,
  );
  return [...new Set(things)];
}
