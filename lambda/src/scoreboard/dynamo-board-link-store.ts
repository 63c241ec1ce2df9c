import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
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
import { boardLinkExpiry } from './board-link-expiry';
import type { BoardLinkStore } from './board-link-store';
import { hashBoardToken, isBoardToken, newBoardToken } from './board-token';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * When a link stops working, epoch seconds (DynamoDB TTL). Links made before links expired have
 * none: they expire 90 days after `createdAt`, like any other.
 */
const expiresAt = z.number().int().optional();
/** `BOARD#<hash>` / `LINK`: the account a link shows, until when. */
const linkItemSchema = z.object({ accountId: z.string().min(1), createdAt: z.iso.datetime(), expiresAt });
/** `ACCOUNT#<account>` / `BOARD#<hash>`: the account's side of the link. */
const accountLinkItemSchema = z.object({ sk: z.string(), createdAt: z.iso.datetime(), expiresAt });

/** One of the account's links as its side of the link says. */
interface AccountLink {
  hash: string;
  createdAt: string;
  /** Epoch ms. */
  expiresAt: number;
}

/**
 * Links an account may hold at once (a phone, a wall screen, a laptop…); asking for one more
 * revokes the oldest, so forgotten links do not pile up forever.
 */
export const MAX_BOARD_LINKS_PER_ACCOUNT = 5;

/** Rounds of read and write when links of the account are made or revoked while renewing. */
const MAX_RENEW_ATTEMPTS = 3;

/** When a stored link stops working, epoch ms. */
function expiryOf(item: { createdAt: string; expiresAt?: number | undefined }): number {
  return item.expiresAt === undefined
    ? boardLinkExpiry(Date.parse(item.createdAt)).ms
    : item.expiresAt * 1000;
}

/**
 * `BoardLinkStore` on the single table: two items per link, written and deleted together. Both
 * carry `expiresAt` for DynamoDB's TTL; since TTL deletes late (up to days), every read checks
 * the expiry too.
 */
export class DynamoBoardLinkStore implements BoardLinkStore {
  constructor(private readonly options: { client: DynamoDBDocumentClient; tableName: string }) {}

  async create(accountId: string, now: number): Promise<string> {
    const token = newBoardToken();
    const tokenHash = hashBoardToken(token);
    const createdAt = new Date(now).toISOString();
    const expiry = boardLinkExpiry(now).seconds;
    const { live, expired } = split(await this.linksOf(accountId), now);
    const dropped = [
      ...expired,
      ...live.slice(0, Math.max(0, live.length - MAX_BOARD_LINKS_PER_ACCOUNT + 1)),
    ];
    await this.transact([
      this.put({ ...boardLinkKey(tokenHash), accountId, createdAt, expiresAt: expiry }),
      this.put({ ...accountBoardLinkKey(accountId, tokenHash), createdAt, expiresAt: expiry }),
      ...dropped.flatMap((link) => this.deletes(accountId, link.hash)),
    ]);
    return token;
  }

  async accountOf(token: string, now: number): Promise<string | undefined> {
    if (!isBoardToken(token)) return undefined;
    const key = boardLinkKey(hashBoardToken(token));
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key, ConsistentRead: true }),
    );
    if (Item === undefined) return undefined;
    const link = parseStoredItem(linkItemSchema, Item, key);
    // An expired link answers like a revoked one, whether or not TTL has deleted it yet.
    return expiryOf(link) > now ? link.accountId : undefined;
  }

  async revokeAll(accountId: string, now: number): Promise<number> {
    const links = await this.linksOf(accountId);
    // At most 5 links, 2 items each: one transaction (at most 100 items) covers them all.
    if (links.length > 0) await this.transact(links.flatMap((link) => this.deletes(accountId, link.hash)));
    return split(links, now).live.length;
  }

  async renewAll(accountId: string, now: number): Promise<number> {
    const expiry = boardLinkExpiry(now).seconds;
    const renewedAt = new Date(now).toISOString();
    for (let attempt = 1; ; attempt++) {
      const { live, expired } = split(await this.linksOf(accountId), now);
      if (live.length === 0 && expired.length === 0) return 0;
      try {
        await this.transact([
          ...live.flatMap((link) =>
            [boardLinkKey(link.hash), accountBoardLinkKey(accountId, link.hash)].map(
              (Key): TransactItem => ({
                Update: {
                  TableName: this.options.tableName,
                  Key,
                  UpdateExpression: 'SET expiresAt = :expiresAt, renewedAt = :renewedAt',
                  // Never brings back a link revoked (or deleted by TTL) since it was read.
                  ConditionExpression: 'attribute_exists(pk)',
                  ExpressionAttributeValues: { ':expiresAt': expiry, ':renewedAt': renewedAt },
                },
              }),
            ),
          ),
          // Expired links stay dead; their items go now rather than whenever TTL gets to them.
          ...expired.flatMap((link) => this.deletes(accountId, link.hash)),
        ]);
        return live.length;
      } catch (error) {
        // A link was revoked or made meanwhile: read the account's links again.
        if (!(error instanceof TransactionCanceledException) || attempt >= MAX_RENEW_ATTEMPTS) throw error;
      }
    }
  }

  /** The account's links, oldest first. */
  private async linksOf(accountId: string): Promise<AccountLink[]> {
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
      .map((link) => ({
        hash: link.sk.slice(ACCOUNT_BOARD_LINK_SK_PREFIX.length),
        createdAt: link.createdAt,
        expiresAt: expiryOf(link),
      }));
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

/** The links that still work at `now` and those that expired, each oldest first. */
function split(links: AccountLink[], now: number): { live: AccountLink[]; expired: AccountLink[] } {
  return {
    live: links.filter((link) => link.expiresAt > now),
    expired: links.filter((link) => link.expiresAt <= now),
  };
}
