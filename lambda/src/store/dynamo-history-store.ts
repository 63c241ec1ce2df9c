import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { MatchResult } from '../domain/match/result';
import { parseStoredItem } from './corrupt-item-error';
import type { DynamoStoreOptions } from './dynamo-match-store';
import { historyItemSchema } from './match-item-schema';
import type { HistoryStore } from './ports';
import { accountPk, HISTORY_SK_PREFIX } from './table-layout';

/**
 * Every finished match of one account, oldest first: a paginated, strongly consistent Query.
 * A malformed item stops the read with `CorruptItemError`.
 */
export async function* readAccountHistory(
  options: Omit<DynamoStoreOptions, 'now'>,
  accountId: string,
): AsyncGenerator<MatchResult> {
  const pk = accountPk(accountId);
  let start: Record<string, unknown> | undefined;
  do {
    const page = await options.client.send(
      new QueryCommand({
        TableName: options.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :history)',
        ExpressionAttributeValues: { ':pk': pk, ':history': HISTORY_SK_PREFIX },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      const key = { pk, sk: typeof item.sk === 'string' ? item.sk : '?' };
      yield parseStoredItem(historyItemSchema, item, key).result;
    }
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
}

/** `HistoryStore` on the single table: one item per finished match, sorted by finish time. */
export class DynamoHistoryStore implements HistoryStore {
  constructor(private readonly options: Omit<DynamoStoreOptions, 'now'>) {}

  async recent(accountId: string, limit: number): Promise<MatchResult[]> {
    if (limit <= 0) return [];
    const pk = accountPk(accountId);
    const { Items = [] } = await this.options.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :history)',
        ExpressionAttributeValues: { ':pk': pk, ':history': HISTORY_SK_PREFIX },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map((item) => {
      const key = { pk, sk: typeof item.sk === 'string' ? item.sk : '?' };
      return parseStoredItem(historyItemSchema, item, key).result;
    });
  }
}
