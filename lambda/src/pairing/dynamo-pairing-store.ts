import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { parseStoredItem } from '../store/corrupt-item-error';
import { deviceLinkKey, type ItemKey, pairingCodeKey, tablePairingKey } from '../store/table-layout';
import { drawPairingCode, pairingExpiry } from './pairing-code';
import { ExpiredPairingCodeError, UnknownPairingCodeError } from './pairing-errors';
import type { IssuedPairing, PairingStore } from './pairing-store';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const thingName = z.string().regex(/^[a-zA-Z0-9:_-]+$/);
/** `PAIRING#<code>`: which table shows the code; `expiresAt` in epoch seconds (DynamoDB TTL). */
const codeItemSchema = z.object({ thingName, expiresAt: z.number().int() });
/** `THING#<thing>` / `PAIRING`: the code the table shows, and the event that asked for it. */
const tablePairingItemSchema = z.object({
  code: z.string(),
  eventId: z.string(),
  expiresAt: z.number().int(),
});
const deviceLinkItemSchema = z.object({ thingName });

/** Codes left to try when the ones drawn are all in use by other tables. */
const MAX_DRAWS = 10;

export interface DynamoPairingStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Draws a code; tests pin it to force collisions. */
  drawCode?: () => string;
}

/** `PairingStore` on the single table: codes expire by TTL, and are checked for expiry on read too. */
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
      if (stillShown && shown.eventId === request.eventId)
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

  async link(request: { accountId: string; deviceId: string; code: string; now: number }): Promise<string> {
    const found = await this.read(pairingCodeKey(request.code), codeItemSchema);
    if (!found) throw new UnknownPairingCodeError(request.code);
    if (found.expiresAt * 1000 <= request.now) throw new ExpiredPairingCodeError(request.code);
    try {
      await this.transact([
        this.deleteCode(request.code, found.thingName),
        {
          Delete: {
            TableName: this.options.tableName,
            Key: tablePairingKey(found.thingName),
            ConditionExpression: 'code = :code',
            ExpressionAttributeValues: { ':code': request.code },
          },
        },
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
      // Another Echo used the code (or the table drew a new one) at this very moment.
      if (error instanceof TransactionCanceledException)
        throw new UnknownPairingCodeError(request.code, { cause: error });
      throw error;
    }
    return found.thingName;
  }

  async linkedTable(accountId: string, deviceId: string): Promise<string | undefined> {
    return (await this.read(deviceLinkKey(accountId, deviceId), deviceLinkItemSchema))?.thingName;
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
