import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { parseStoredItem } from '../store/corrupt-item-error';
import {
  ACCOUNT_BOARD_LINK_SK_PREFIX,
  accountBoardLinkKey,
  accountPk,
  boardLinkKey,
} from '../store/table-layout';
import type { BoardLinkStore } from './board-link-store';
import { hashBoardToken, isBoardToken, newBoardToken } from './board-token';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** `BOARD#<hash>` / `LINK`: the account a link shows. */
const linkItemSchema = z.object({ accountId: z.string().min(1), createdAt: z.string() });
/** `ACCOUNT#<account>` / `BOARD#<hash>`: the account's side of the link. */
const accountLinkItemSchema = z.object({ sk: z.string(), createdAt: z.string() });

/**
 * Links an account may hold at once (a phone, a wall screen, a laptop…); asking for one more
 * revokes the oldest, so forgotten links do not pile up forever.
 */
export const MAX_BOARD_LINKS_PER_ACCOUNT = 5;

/** `BoardLinkStore` on the single table: two items per link, written and deleted together. */
export class DynamoBoardLinkStore implements BoardLinkStore {
  constructor(private readonly options: { client: DynamoDBDocumentClient; tableName: string }) {}

  async create(accountId: string, now: number): Promise<string> {
    const token = newBoardToken();
    const tokenHash = hashBoardToken(token);
    const createdAt = new Date(now).toISOString();
    const existing = await this.linksOf(accountId);
    const dropped = existing.slice(0, Math.max(0, existing.length - MAX_BOARD_LINKS_PER_ACCOUNT + 1));
    await this.transact([
      this.put({ ...boardLinkKey(tokenHash), accountId, createdAt }),
      this.put({ ...accountBoardLinkKey(accountId, tokenHash), createdAt }),
      ...dropped.flatMap((hash) => this.deletes(accountId, hash)),
    ]);
    return token;
  }

  async accountOf(token: string): Promise<string | undefined> {
    if (!isBoardToken(token)) return undefined;
    const key = boardLinkKey(hashBoardToken(token));
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key, ConsistentRead: true }),
    );
    return Item === undefined ? undefined : parseStoredItem(linkItemSchema, Item, key).accountId;
  }

  async revokeAll(accountId: string): Promise<number> {
    const hashes = await this.linksOf(accountId);
    // 5 links, 2 items each: one transaction (at most 100 items) covers them all.
    if (hashes.length > 0) await this.transact(hashes.flatMap((hash) => this.deletes(accountId, hash)));
    return hashes.length;
  }

  /** The hashes of the account's links, oldest first. */
  private async linksOf(accountId: string): Promise<string[]> {
    const pk = accountPk(accountId);
    const { Items = [] } = await this.options.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :board)',
        ExpressionAttributeValues: { ':pk': pk, ':board': ACCOUNT_BOARD_LINK_SK_PREFIX },
        ConsistentRead: true,
      }),
    );
    return Items.map((item) => parseStoredItem(accountLinkItemSchema, item, { pk, sk: String(item.sk) }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((link) => link.sk.slice(ACCOUNT_BOARD_LINK_SK_PREFIX.length));
  }

  private put(Item: Record<string, unknown>): TransactItem {
    return { Put: { TableName: this.options.tableName, Item } };
  }

  private deletes(accountId: string, tokenHash: string): TransactItem[] {
    return [boardLinkKey(tokenHash), accountBoardLinkKey(accountId, tokenHash)].map((Key) => ({
      Delete: { TableName: this.options.tableName, Key },
    }));
  }

  private async transact(items: TransactItem[]): Promise<void> {
    await this.options.client.send(new TransactWriteCommand({ TransactItems: items }));
  }
}
