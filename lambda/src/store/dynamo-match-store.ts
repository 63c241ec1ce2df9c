import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  type PutCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { parseStoredItem } from './corrupt-item-error';
import { liveItemSchema } from './match-item-schema';
import { type LiveTable, type MatchStore, type TableWrite, VersionConflictError } from './ports';
import { historyKey, leagueTableKey, liveKey, playersKey } from './table-layout';
import { cancelReason, companionItem, isLostRace, type TransactItem, versionedPut } from './transact-items';

/** Where a DynamoDB store reads and writes. */
export interface DynamoStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Clock for `updatedAt`; tests may pin it. */
  now?: () => number;
}

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
    const leagueId = live.leagueId ?? live.accountId;
    return {
      thingName,
      ...(leagueId === undefined ? {} : { leagueId }),
      ...(live.match === undefined ? {} : { match: live.match }),
      version: live.version,
      ...(Number.isFinite(updatedAt) ? { updatedAt } : {}),
    };
  }

  async save(thingName: string, expectedVersion: number, write: TableWrite): Promise<number> {
    const version = expectedVersion + 1;
    const livePut = versionedPut(this.options.tableName, liveKey(thingName), expectedVersion, {
      leagueId: write.leagueId,
      match: write.match,
      updatedAt: new Date(this.now()).toISOString(),
    });
    const players = [...new Set(write.players ?? [])].filter((name) => name !== '');
    const companions = (write.companions ?? []).map((companion) =>
      companionItem(this.options.tableName, companion, this.now()),
    );
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
   * Moves the table read as `live` to `leagueId` (its match, if any, stays as it is), if nobody
   * wrote the table since, and lists the table among the league's tables.
   * @throws VersionConflictError when another writer got there first.
   */
  async assignLeague(live: LiveTable, leagueId: string): Promise<number> {
    const { thingName, version: expectedVersion } = live;
    const livePut = versionedPut(this.options.tableName, liveKey(thingName), expectedVersion, {
      leagueId,
      ...(live.match === undefined ? {} : { match: live.match }),
      updatedAt: new Date(this.now()).toISOString(),
    });
    const membership = {
      TableName: this.options.tableName,
      Item: { ...leagueTableKey(leagueId, thingName), thingName },
    };
    try {
      await this.transact([{ Put: livePut }, { Put: membership }]);
    } catch (error) {
      if (isLostRace(error)) throw new VersionConflictError(thingName, expectedVersion, { cause: error });
      throw error;
    }
    return expectedVersion + 1;
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
                Key: playersKey(write.leagueId),
                UpdateExpression: 'ADD #names :names',
                ExpressionAttributeNames: { '#names': 'names' },
                ExpressionAttributeValues: { ':names': new Set(players) },
              },
            },
          ];
    const resultKey = write.result && historyKey(write.leagueId, write.result.finishedAt, write.result.id);
    const retractedKey =
      write.retracted && historyKey(write.leagueId, write.retracted.finishedAt, write.retracted.id);
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
}
