import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { parseStoredItem } from '../store/corrupt-item-error';
import { deviceLinkKey, type ItemKey, pairingCodeKey, tablePairingKey } from '../store/table-layout';
import {
  drawPairingCode,
  MAX_WRONG_CODES_PER_ACCOUNT,
  MAX_WRONG_TRIES_PER_CODE,
  pairingExpiry,
  WRONG_CODE_WINDOW_MS,
} from './pairing-code';
import { PairingLockedError } from './pairing-errors';
import { pairingTriesKey, SHOWN_PAIRING_SK_PREFIX, SHOWN_PAIRINGS_PK, shownPairingKey } from './pairing-keys';
import type { IssuedPairing, LinkOutcome, PairingStore, WornOutPairing } from './pairing-store';
import { lockedUntil, withWrongCode } from './wrong-code-window';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const thingName = z.string().regex(/^[a-zA-Z0-9:_-]+$/);
/** `PAIRING#<code>`: which table shows the code; `expiresAt` in epoch seconds (DynamoDB TTL). */
const codeItemSchema = z.object({ thingName, expiresAt: z.number().int() });
/**
 * `THING#<thing>` / `PAIRING`: the code the table shows, the event that asked for it, and the
 * wrong codes said while it was shown (absent: none).
 */
const tablePairingItemSchema = z.object({
  code: z.string(),
  eventId: z.string(),
  expiresAt: z.number().int(),
  wrongTries: z.number().int().nonnegative().optional(),
});
const deviceLinkItemSchema = z.object({ thingName });
/** `ACCOUNT#<account>` / `PAIRING_TRIES`: its latest wrong codes, versioned for conditional writes. */
const accountTriesItemSchema = z.object({
  tries: z.array(z.number().int()),
  lockedUntil: z.number().int(),
  version: z.number().int().positive(),
  expiresAt: z.number().int(),
});
/** `PAIRING#SHOWN` / `THING#<thing>`: a table that shows a code until `expiresAt` (epoch seconds). */
const shownPairingItemSchema = z.object({
  sk: z.string().startsWith(SHOWN_PAIRING_SK_PREFIX),
  expiresAt: z.number().int(),
});

/** Codes left to try when the ones drawn are all in use by other tables. */
const MAX_DRAWS = 10;
/**
 * Rounds of read and conditional write when other wrong codes of the account land at the same
 * time. Each lost round is another wrong code written, so after this many the account is locked
 * and the next read says so: a burst of guesses is answered, never failed.
 */
const MAX_COUNT_ATTEMPTS = MAX_WRONG_CODES_PER_ACCOUNT + 1;

export interface DynamoPairingStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Draws a code; tests pin it to force collisions. */
  drawCode?: () => string;
}

/**
 * `PairingStore` on the single table: codes expire by TTL, and are checked for expiry on read
 * too. Wrong codes are counted with conditional writes (the account's) and `ADD` (the tables'),
 * so two Echos guessing at once are both counted and neither slips past a limit.
 */
export class DynamoPairingStore implements PairingStore {
  private readonly drawCode: () => string;

  constructor(private readonly options: DynamoPairingStoreOptions) {
    this.drawCode = options.drawCode ?? (() => drawPairingCode());
  }

  async issue(request: { thingName: string; eventId: string; now: number }): Promise<IssuedPairing> {
    const nowSeconds = Math.floor(request.now / 1000);
    for (let draw = 1; draw <= MAX_DRAWS; draw++) {
      const shown = await this.read(tablePairingKey(request.thingName), tablePairingItemSchema);
      const stillShown = shown !== undefined && shown.expiresAt > nowSeconds;
      // A worn-out code is never handed back, even to the event that asked for it.
      const wornOut = (shown?.wrongTries ?? 0) >= MAX_WRONG_TRIES_PER_CODE;
      if (stillShown && !wornOut && shown.eventId === request.eventId)
        return { code: shown.code, expiresAt: shown.expiresAt * 1000 };
      const code = this.drawCode();
      if (stillShown && shown.code === code) continue;
      const expiry = pairingExpiry(request.now);
      try {
        await this.transact([
          {
            // TTL deletion is lazy: an expired code may still be there, and may be drawn again.
            Put: {
              TableName: this.options.tableName,
              Item: { ...pairingCodeKey(code), thingName: request.thingName, expiresAt: expiry.seconds },
              ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
              ExpressionAttributeValues: { ':now': nowSeconds },
            },
          },
          {
            // A whole new item: the new code starts with no wrong tries.
            Put: {
              TableName: this.options.tableName,
              Item: {
                ...tablePairingKey(request.thingName),
                code,
                eventId: request.eventId,
                expiresAt: expiry.seconds,
              },
            },
          },
          // Listed so that wrong codes find it (see `countOnShownTables`).
          {
            Put: {
              TableName: this.options.tableName,
              Item: { ...shownPairingKey(request.thingName), expiresAt: expiry.seconds },
            },
          },
          // The table's previous code stops working: a table shows one code at a time.
          ...(stillShown ? [this.deleteCode(shown.code, request.thingName)] : []),
        ]);
        return { code, expiresAt: expiry.ms };
      } catch (error) {
        // The code is another table's, or the old one was used meanwhile: draw again.
        if (!(error instanceof TransactionCanceledException)) throw error;
      }
    }
    throw new PairingCodesExhaustedError(request.thingName);
  }

  async link(request: {
    accountId: string;
    deviceId: string;
    code: string;
    now: number;
  }): Promise<LinkOutcome> {
    // A locked account's code is not even read: the right code must not be told from a wrong one.
    await this.refuseWhileLocked(request.accountId, request.now);
    const found = await this.read(pairingCodeKey(request.code), codeItemSchema);
    if (!found) return this.wrongCode(request, 'unknown');
    if (found.expiresAt * 1000 <= request.now) return this.wrongCode(request, 'expired');
    try {
      await this.transact([
        // Checked again at commit: a wrong code of this account said at this very moment may lock it.
        {
          ConditionCheck: {
            TableName: this.options.tableName,
            Key: pairingTriesKey(request.accountId),
            ConditionExpression: 'attribute_not_exists(pk) OR lockedUntil <= :now',
            ExpressionAttributeValues: { ':now': request.now },
          },
        },
        this.deleteCode(request.code, found.thingName),
        {
          Delete: {
            TableName: this.options.tableName,
            Key: tablePairingKey(found.thingName),
            // A worn-out code no longer links, even before the table shows its new one.
            ConditionExpression: 'code = :code AND (attribute_not_exists(wrongTries) OR wrongTries < :max)',
            ExpressionAttributeValues: { ':code': request.code, ':max': MAX_WRONG_TRIES_PER_CODE },
          },
        },
        { Delete: { TableName: this.options.tableName, Key: shownPairingKey(found.thingName) } },
        {
          Put: {
            TableName: this.options.tableName,
            Item: {
              ...deviceLinkKey(request.accountId, request.deviceId),
              thingName: found.thingName,
              linkedAt: new Date(request.now).toISOString(),
            },
          },
        },
      ]);
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      if (error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed')
        await this.refuseWhileLocked(request.accountId, request.now);
      // Another Echo used the code, the table drew a new one, or the code wore out, at this very
      // moment: the code was right when read, so it does not count as a wrong one.
      return { status: 'refused', reason: 'unknown', wornOut: [] };
    }
    return { status: 'linked', thingName: found.thingName };
  }

  async linkedTable(accountId: string, deviceId: string): Promise<string | undefined> {
    return (await this.read(deviceLinkKey(accountId, deviceId), deviceLinkItemSchema))?.thingName;
  }

  async unlink(accountId: string, deviceId: string): Promise<string | undefined> {
    const key = deviceLinkKey(accountId, deviceId);
    const { Attributes } = await this.options.client.send(
      new DeleteCommand({ TableName: this.options.tableName, Key: key, ReturnValues: 'ALL_OLD' }),
    );
    return Attributes === undefined
      ? undefined
      : parseStoredItem(deviceLinkItemSchema, Attributes, key).thingName;
  }

  /** @throws PairingLockedError when the account said too many wrong codes lately. */
  private async refuseWhileLocked(accountId: string, now: number): Promise<void> {
    const stored = await this.read(pairingTriesKey(accountId), accountTriesItemSchema);
    const until = lockedUntil(stored?.tries ?? [], now);
    if (until !== undefined) throw new PairingLockedError(until, now);
  }

  /** Counts a wrong code against the account, then against every table showing a code. */
  private async wrongCode(
    request: { accountId: string; now: number },
    reason: 'unknown' | 'expired',
  ): Promise<LinkOutcome> {
    await this.countOnAccount(request.accountId, request.now);
    return { status: 'refused', reason, wornOut: await this.countOnShownTables(request.now) };
  }

  /**
   * Adds the wrong code to the account's window: read, then a write conditioned on the version
   * read, again from a fresh read when another wrong code landed in between. Two Echos of the
   * account at once are thus both counted, and the one that finds the account locked by the
   * other is refused as locked.
   * @throws PairingLockedError
   */
  private async countOnAccount(accountId: string, now: number): Promise<void> {
    const key = pairingTriesKey(accountId);
    for (let attempt = 1; attempt <= MAX_COUNT_ATTEMPTS; attempt++) {
      const stored = await this.read(key, accountTriesItemSchema);
      const tries = stored?.tries ?? [];
      const until = lockedUntil(tries, now);
      if (until !== undefined) throw new PairingLockedError(until, now);
      try {
        await this.options.client.send(
          new PutCommand({
            TableName: this.options.tableName,
            Item: {
              ...key,
              ...withWrongCode(tries, now),
              version: (stored?.version ?? 0) + 1,
              // Kept until this newest try leaves the window; checked on read too (TTL is lazy).
              expiresAt: Math.ceil((now + WRONG_CODE_WINDOW_MS) / 1000),
            },
            ...(stored === undefined
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: 'version = :version',
                  ExpressionAttributeValues: { ':version': stored.version },
                }),
          }),
        );
        return;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new Error(`Wrong pairing codes of one account kept changing for ${MAX_COUNT_ATTEMPTS} attempts`);
  }

  /**
   * Counts the wrong code on every table showing a code (`ADD`, so none is lost when many are
   * said at once): nobody knows which table a wrong code was aimed at. One Query of the list
   * and one write per table: a few tables per deployment.
   * @returns the tables whose code has now heard `MAX_WRONG_TRIES_PER_CODE` wrong codes.
   */
  private async countOnShownTables(now: number): Promise<WornOutPairing[]> {
    const nowSeconds = Math.floor(now / 1000);
    const shown: string[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.options.client.send(
        new QueryCommand({
          TableName: this.options.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': SHOWN_PAIRINGS_PK },
          ConsistentRead: true,
          ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
        }),
      );
      for (const item of page.Items ?? []) {
        const listed = parseStoredItem(shownPairingItemSchema, item, {
          pk: SHOWN_PAIRINGS_PK,
          sk: String(item.sk),
        });
        if (listed.expiresAt > nowSeconds) shown.push(listed.sk.slice(SHOWN_PAIRING_SK_PREFIX.length));
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    const counted = await Promise.all(shown.map((thing) => this.countOnTable(thing, nowSeconds)));
    return counted.filter((worn) => worn !== undefined);
  }

  private async countOnTable(thing: string, nowSeconds: number): Promise<WornOutPairing | undefined> {
    const key = tablePairingKey(thing);
    try {
      const { Attributes } = await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: key,
          UpdateExpression: 'ADD wrongTries :one',
          // Never creates an item, and never counts on a code that has expired or was used.
          ConditionExpression: 'attribute_exists(pk) AND expiresAt > :now',
          ExpressionAttributeValues: { ':one': 1, ':now': nowSeconds },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const counted = parseStoredItem(tablePairingItemSchema, Attributes, key);
      if ((counted.wrongTries ?? 0) < MAX_WRONG_TRIES_PER_CODE) return undefined;
      // Named after the worn code: every request that wore it asks for one replacement.
      return { thingName: thing, eventId: `worn-out:${counted.code}:${counted.expiresAt}` };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  private deleteCode(code: string, thing: string): TransactItem {
    return {
      Delete: {
        TableName: this.options.tableName,
        Key: pairingCodeKey(code),
        ConditionExpression: 'thingName = :thing',
        ExpressionAttributeValues: { ':thing': thing },
      },
    };
  }

  private async read<Schema extends z.ZodType>(
    key: ItemKey,
    schema: Schema,
  ): Promise<z.infer<Schema> | undefined> {
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key, ConsistentRead: true }),
    );
    return Item === undefined ? undefined : parseStoredItem(schema, Item, key);
  }

  private async transact(items: TransactItem[]): Promise<void> {
    await this.options.client.send(new TransactWriteCommand({ TransactItems: items }));
  }
}

/** Every code drawn was in use: far more tables pairing at once than four digits can serve. */
export class PairingCodesExhaustedError extends Error {
  constructor(readonly thingName: string) {
    super(`No free pairing code found for ${thingName} after ${MAX_DRAWS} draws`);
    this.name = 'PairingCodesExhaustedError';
  }
}
