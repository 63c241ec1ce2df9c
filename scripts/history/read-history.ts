import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { MatchResult } from '../../lambda/src/domain/match/result';
import { parseStoredItem } from '../../lambda/src/store/corrupt-item-error';
import { readAccountHistory } from '../../lambda/src/store/dynamo-history-store';
import { historyItemSchema } from '../../lambda/src/store/match-item-schema';
import { accountPk, HISTORY_SK_PREFIX } from '../../lambda/src/store/table-layout';

/** One finished match of the history, with the account it belongs to. */
export interface HistoryEntry {
  accountId: string;
  result: MatchResult;
}

export interface HistorySource {
  client: DynamoDBDocumentClient;
  tableName: string;
}

const ACCOUNT_PREFIX = accountPk('');

function entryOf(item: Record<string, unknown>): HistoryEntry {
  const pk = typeof item.pk === 'string' ? item.pk : '?';
  const sk = typeof item.sk === 'string' ? item.sk : '?';
  const { result } = parseStoredItem(historyItemSchema, item, { pk, sk });
  return { accountId: pk.slice(ACCOUNT_PREFIX.length), result };
}

/**
 * Every finished match of one account, oldest first (a paginated, strongly consistent Query),
 * or of every account when `accountId` is left out (a Scan: account by account is not
 * guaranteed, matches of one account stay in order). Items are parsed: a malformed one stops
 * the read with `CorruptItemError`.
 */
export async function* readHistory(source: HistorySource, accountId?: string): AsyncGenerator<HistoryEntry> {
  if (accountId !== undefined) {
    for await (const result of readAccountHistory(source, accountId)) yield { accountId, result };
    return;
  }
  let start: Record<string, unknown> | undefined;
  do {
    const page = await source.client.send(
      new ScanCommand({
        TableName: source.tableName,
        FilterExpression: 'begins_with(pk, :account) AND begins_with(sk, :history)',
        ExpressionAttributeValues: { ':account': ACCOUNT_PREFIX, ':history': HISTORY_SK_PREFIX },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) yield entryOf(item);
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
}

/** Accounts with at least one finished match: a Scan of keys only. */
export async function accountsWithHistory(source: HistorySource): Promise<string[]> {
  const accounts = new Set<string>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await source.client.send(
      new ScanCommand({
        TableName: source.tableName,
        FilterExpression: 'begins_with(pk, :account) AND begins_with(sk, :history)',
        ExpressionAttributeValues: { ':account': ACCOUNT_PREFIX, ':history': HISTORY_SK_PREFIX },
        ProjectionExpression: 'pk',
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      if (typeof item.pk === 'string') accounts.add(item.pk.slice(ACCOUNT_PREFIX.length));
    }
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return [...accounts].sort();
}
