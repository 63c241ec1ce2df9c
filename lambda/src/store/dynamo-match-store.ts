import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  type PutCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { parseStoredItem } from './corrupt-item-error';
import { liveItemSchema } from './match-item-schema';
import { type LiveTable, type MatchStore, type TableWrite, VersionConflictError } from './ports';
import { historyKey, type ItemKey, liveKey, playersKey } from './table-layout';

/** Where a DynamoDB store reads and writes. */
export interface DynamoStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Clock for `updatedAt`; tests may pin it. */
  now?: () => number;
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** `MatchStore` on the single table: one live item per table, version-checked on every write. */
export class DynamoMatchStore implements MatchStore {
  private readonly now: () => number;

  constructor(private readonly options: DynamoStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  async load(thingName: string): Promise<LiveTable> {
    const key = liveKey(thingName);
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key, ConsistentRead: true }),
    );
    if (!Item) return { thingName, version: 0 };
    const live = parseStoredItem(liveItemSchema, Item, key);
    const updatedAt = Date.parse(live.updatedAt);
    return {
      thingName,
      accountId: live.accountId,
      match: live.match,
      version: live.version,
      ...(Number.isFinite(updatedAt) ? { updatedAt } : {}),
    };
  }

  async save(thingName: string, expectedVersion: number, write: TableWrite): Promise<number> {
    const version = expectedVersion + 1;
    const livePut = this.versionedPut(liveKey(thingName), expectedVersion, {
      accountId: write.accountId,
      match: write.match,
      updatedAt: new Date(this.now()).toISOString(),
    });
    const players = [...new Set(write.players ?? [])].filter((name) => name !== '');
    const companions = (write.companions ?? []).map((companion): TransactItem => {
      if ('markForRebuild' in companion) return { Update: this.rebuildMark(companion.key) };
      return { Put: this.versionedPut(companion.key, companion.expectedVersion, companion.attributes) };
    });
    try {
      if (
        write.result === undefined &&
        write.retracted === undefined &&
        players.length === 0 &&
        companions.length === 0
      ) {
        await this.options.client.send(new PutCommand(livePut));
      } else {
        await this.saveTogether(livePut, write, players, companions);
      }
    } catch (error) {
      if (isLostRace(error)) throw new VersionConflictError(thingName, expectedVersion, { cause: error });
      throw error;
    }
    return version;
  }

  /**
   * Live item, history, companions and players in one transaction. When only the history
   * item already exists, this very finish was stored before (a replayed turn): the live write
   * still goes through, without a second history entry and without applying the companions
   * (stats, tournament) a second time. A result taken back leaves the history in the same
   * transaction (replaced in place when the new result has the same key).
   */
  private async saveTogether(
    livePut: PutCommandInput,
    write: TableWrite,
    players: string[],
    companions: TransactItem[],
  ): Promise<void> {
    const TableName = this.options.tableName;
    const playersAdd: TransactItem[] =
      players.length === 0
        ? []
        : [
            {
              Update: {
                TableName,
                Key: playersKey(write.accountId),
                UpdateExpression: 'ADD #names :names',
                ExpressionAttributeNames: { '#names': 'names' },
                ExpressionAttributeValues: { ':names': new Set(players) },
              },
            },
          ];
    const resultKey = write.result && historyKey(write.accountId, write.result.finishedAt, write.result.id);
    const retractedKey =
      write.retracted && historyKey(write.accountId, write.retracted.finishedAt, write.retracted.id);
    const replacesInPlace = resultKey !== undefined && resultKey.sk === retractedKey?.sk;
    const historyPut: TransactItem[] =
      write.result === undefined || resultKey === undefined
        ? []
        : [
            {
              Put: {
                TableName,
                Item: { ...resultKey, result: write.result },
                ...(replacesInPlace ? {} : { ConditionExpression: 'attribute_not_exists(pk)' }),
              },
            },
          ];
    const historyDelete: TransactItem[] =
      retractedKey === undefined || replacesInPlace ? [] : [{ Delete: { TableName, Key: retractedKey } }];
    try {
      await this.transact([{ Put: livePut }, ...historyPut, ...historyDelete, ...companions, ...playersAdd]);
    } catch (error) {
      const historyAlreadyStored =
        historyPut.length > 0 &&
        !replacesInPlace &&
        cancelReason(error, 0) === 'None' &&
        cancelReason(error, 1) === 'ConditionalCheckFailed';
      if (!historyAlreadyStored) throw error;
      await this.transact([{ Put: livePut }, ...playersAdd]);
    }
  }

  private async transact(items: TransactItem[]): Promise<void> {
    await this.options.client.send(new TransactWriteCommand({ TransactItems: items }));
  }

  /** Flags an aggregate for a recount, whatever it holds (see `RebuildMark`). */
  private rebuildMark(key: ItemKey): NonNullable<TransactItem['Update']> {
    return {
      TableName: this.options.tableName,
      Key: key,
      UpdateExpression: 'SET #needsRebuild = :at ADD #version :one',
      ExpressionAttributeNames: { '#needsRebuild': 'needsRebuild', '#version': 'version' },
      ExpressionAttributeValues: { ':at': new Date(this.now()).toISOString(), ':one': 1 },
    };
  }

  /**
   * Puts an item carrying `version = expectedVersion + 1`, on condition that nobody wrote it
   * since `expectedVersion` (0: that it does not exist yet).
   */
  private versionedPut(
    key: ItemKey,
    expectedVersion: number,
    attributes: Record<string, unknown>,
  ): PutCommandInput {
    const Item = { ...attributes, ...key, version: expectedVersion + 1 };
    return expectedVersion === 0
      ? { TableName: this.options.tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' }
      : {
          TableName: this.options.tableName,
          Item,
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': expectedVersion },
        };
  }
}

/**
 * Another writer changed the live item or a companion first, or was changing it at that very
 * moment. (A history item that already exists is told apart before this is asked.)
 */
function isLostRace(error: unknown): boolean {
  if (error instanceof ConditionalCheckFailedException || error instanceof TransactionConflictException)
    return true;
  if (!(error instanceof TransactionCanceledException)) return false;
  return (error.CancellationReasons ?? []).some(
    (reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict',
  );
}

/** Why item `index` of a cancelled transaction failed ('None' when it was not the cause). */
function cancelReason(error: unknown, index: number): string | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return error.CancellationReasons?.[index]?.Code;
}
