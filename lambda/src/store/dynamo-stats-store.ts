import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import {
  type AccountStats,
  accountStatsSchema,
  aggregateKeys,
  applyResult,
  emptyStats,
  isPeriodId,
  type PeriodId,
  type PeriodKind,
  periodId,
  type StatsOptions,
} from '../domain/stats';
import { CorruptItemError, parseStoredItem } from './corrupt-item-error';
import type { CompanionWrite, FinishedMatchWriter } from './ports';
import { type ItemKey, STATS_SK_PREFIX, statsKey } from './table-layout';

/**
 * Where compressed documents stop: under DynamoDB's 400 KB item limit with room for the key
 * and the plain attributes. A document this large is refused loudly rather than lost.
 */
export const MAX_STATS_DOCUMENT_BYTES = 380 * 1024;

/** The stats questions' port: the aggregate document of one period, in one read. */
export interface StatsStore {
  /**
   * The document of the period of `kind` that holds the instant `at` (on the account's
   * calendar); empty when nobody played in it. One GetItem.
   */
  readPeriod(accountId: string, kind: PeriodKind, at: number): Promise<AccountStats>;
}

/** A document with the `version` it was read at (0: not stored yet). */
export interface VersionedStats {
  stats: AccountStats;
  version: number;
}

export interface DynamoStatsStoreOptions extends StatsOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** A document too large for one item even compressed (about 1,000 regular players). */
export class StatsDocumentTooLargeError extends Error {
  constructor(
    readonly key: ItemKey,
    readonly bytes: number,
  ) {
    super(`Stats document ${key.sk} of ${key.pk} would take ${bytes} bytes compressed`);
    this.name = 'StatsDocumentTooLargeError';
  }
}

/** A stats item changed between the read and the write of a recount (`replace`). */
export class StatsChangedError extends Error {
  constructor(
    readonly key: ItemKey,
    options?: { cause?: unknown },
  ) {
    super(`Stats document ${key.sk} of ${key.pk} changed meanwhile`, options);
    this.name = 'StatsChangedError';
  }
}

const statsItemSchema = z.object({
  document: z.instanceof(Uint8Array),
  version: z.number().int().positive(),
});
const versionItemSchema = z.object({ sk: z.string(), version: z.number().int().positive() });

/**
 * The aggregate documents on the single table: one item per account and period
 * (`STATS#all`, `STATS#month:2025-03`, `STATS#week:2025-W09`), the document gzipped JSON in
 * `document` (a fifth to a tenth of the text, so the item and the write cost stay small),
 * checked with `accountStatsSchema` on every read, and versioned for optimistic locking.
 */
export class DynamoStatsStore implements StatsStore {
  private readonly statsOptions: StatsOptions;

  constructor(private readonly options: DynamoStatsStoreOptions) {
    this.statsOptions = options.timeZone === undefined ? {} : { timeZone: options.timeZone };
  }

  async readPeriod(accountId: string, kind: PeriodKind, at: number): Promise<AccountStats> {
    return (await this.read(accountId, periodId(kind, at, this.statsOptions))).stats;
  }

  /** One period's document and its version: one strongly consistent GetItem. */
  async read(accountId: string, period: PeriodId): Promise<VersionedStats> {
    const key = statsKey(accountId, period);
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key, ConsistentRead: true }),
    );
    if (!Item) return { stats: emptyStats(period), version: 0 };
    const item = parseStoredItem(statsItemSchema, Item, key);
    return { stats: decodeDocument(item.document, key), version: item.version };
  }

  /**
   * The writer to register in `finishedMatchWriters`: reads the documents a result counts in
   * (all time, its month, its week) and returns them updated, to be written in the match's
   * own transaction. A document that already counted the result is left out.
   */
  readonly finishedMatchWriter: FinishedMatchWriter = async ({ accountId, result }) => {
    const periods = aggregateKeys(result, this.statsOptions);
    const stored = await Promise.all(periods.map((period) => this.read(accountId, period)));
    return stored.flatMap(({ stats, version }): CompanionWrite[] => {
      const counted = applyResult(stats, result, this.statsOptions);
      if (counted === stats) return [];
      return [
        {
          key: statsKey(accountId, stats.period),
          attributes: this.attributesOf(accountId, counted),
          expectedVersion: version,
        },
      ];
    });
  };

  /** Versions of every stats document of the account: one Query (keys and versions only). */
  async versions(accountId: string): Promise<Map<PeriodId, number>> {
    const versions = new Map<PeriodId, number>();
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.options.client.send(
        new QueryCommand({
          TableName: this.options.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :stats)',
          ExpressionAttributeValues: { ':pk': statsKey(accountId, '').pk, ':stats': STATS_SK_PREFIX },
          ExpressionAttributeNames: { '#version': 'version' },
          ProjectionExpression: 'sk, #version',
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        const { sk, version } = parseStoredItem(versionItemSchema, item, statsKey(accountId, '?'));
        const period = sk.slice(STATS_SK_PREFIX.length);
        if (isPeriodId(period)) versions.set(period, version);
      }
      start = page.LastEvaluatedKey;
    } while (start !== undefined);
    return versions;
  }

  /**
   * Replaces the account's documents with a recount (`rebuildStats`), each write checked
   * against the version read in `before` (read it before reading the history, so that a match
   * finished meanwhile is noticed); documents of `before` absent from the recount are deleted.
   * @throws StatsChangedError when a finished match changed a document meanwhile: recount again.
   */
  async replace(
    accountId: string,
    documents: Readonly<Record<string, AccountStats>>,
    before: ReadonlyMap<PeriodId, number>,
  ): Promise<void> {
    const recounted = Object.values(documents);
    const periods = new Set(recounted.map((stats) => stats.period));
    for (const stats of recounted) {
      const key = statsKey(accountId, stats.period);
      await this.conditionally(key, () =>
        this.options.client.send(
          new PutCommand({
            TableName: this.options.tableName,
            Item: {
              ...this.attributesOf(accountId, stats),
              ...key,
              version: (before.get(stats.period) ?? 0) + 1,
            },
            ...versionCondition(before.get(stats.period) ?? 0),
          }),
        ),
      );
    }
    for (const [period, version] of before) {
      if (periods.has(period)) continue;
      const key = statsKey(accountId, period);
      await this.conditionally(key, () =>
        this.options.client.send(
          new DeleteCommand({ TableName: this.options.tableName, Key: key, ...versionCondition(version) }),
        ),
      );
    }
  }

  private async conditionally(key: ItemKey, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        throw new StatsChangedError(key, { cause: error });
      throw error;
    }
  }

  /** The item's attributes besides key and version: the compressed document and a few plain facts. */
  private attributesOf(accountId: string, stats: AccountStats): Record<string, unknown> {
    const document = gzipSync(JSON.stringify(stats));
    if (document.byteLength > MAX_STATS_DOCUMENT_BYTES)
      throw new StatsDocumentTooLargeError(statsKey(accountId, stats.period), document.byteLength);
    return {
      document: new Uint8Array(document.buffer, document.byteOffset, document.byteLength),
      period: stats.period,
      matches: stats.matches,
      players: stats.players.length,
      lastFinishedAt: stats.lastFinishedAt,
    };
  }
}

function versionCondition(expectedVersion: number) {
  return expectedVersion === 0
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : {
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': expectedVersion },
      };
}

/** Unzips and checks a stored document; anything unreadable is a `CorruptItemError` naming the item. */
function decodeDocument(document: Uint8Array, key: ItemKey): AccountStats {
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(document).toString('utf8'));
  } catch (error) {
    throw new CorruptItemError(key, 'document is not gzipped JSON', { cause: error });
  }
  return parseStoredItem(accountStatsSchema, json, key);
}
