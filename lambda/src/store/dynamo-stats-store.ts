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
import { seasonBounds } from '../domain/league/seasons';
import type { MatchResult } from '../domain/match/result';
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
  rebuildStats,
  replaceResult,
  retractResult,
  type StatsDocuments,
  type StatsOptions,
} from '../domain/stats';
import { consoleLogger, type Logger } from '../logger';
import { logCounted, logCountedError } from '../metrics';
import { CorruptItemError, parseStoredItem } from './corrupt-item-error';
import { readAccountHistory } from './dynamo-history-store';
import type { CompanionWrite, RecordWriter } from './ports';
import { readSeasons } from './seasons-item';
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
   * calendar); empty when nobody played in it. One GetItem; a document marked for rebuild or
   * unreadable is first recounted from the history and stored again (the skill's stats turns).
   */
  readPeriod(accountId: string, kind: PeriodKind, at: number): Promise<AccountStats>;
  /**
   * The same document as stored, never written: undefined when it is marked for rebuild or
   * unreadable (read-only readers, the web scoreboard, fall back on the history).
   */
  readStoredPeriod(accountId: string, kind: PeriodKind, at: number): Promise<AccountStats | undefined>;
}

/** A document with the `version` it was read at (0: not stored yet). */
export interface VersionedStats {
  stats: AccountStats;
  version: number;
  /** A turn could not count in it (`RebuildMark`): only a recount from the history is right. */
  needsRebuild?: true;
}

export interface DynamoStatsStoreOptions extends StatsOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Where a document marked for rebuild is reported; the console when left out. */
  log?: Logger;
}

/** Recounts that lose the race to a match finishing meanwhile before one gives up. */
const RECOUNT_ATTEMPTS = 5;

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

/** A stats item changed between the read and the write of a recount (`storeRecount`). */
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
  // Absent on an item that a rebuild mark created.
  document: z.instanceof(Uint8Array).optional(),
  version: z.number().int().positive(),
  needsRebuild: z.string().optional(),
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
  private readonly log: Logger;

  constructor(private readonly options: DynamoStatsStoreOptions) {
    this.statsOptions = options.timeZone === undefined ? {} : { timeZone: options.timeZone };
    this.log = options.log ?? consoleLogger;
  }

  /**
   * One GetItem; a document marked for rebuild, or unreadable, is first recounted from the
   * account's history (and stored again), so the answer is always the history's.
   */
  async readPeriod(accountId: string, kind: PeriodKind, at: number): Promise<AccountStats> {
    const period = await this.periodOf(accountId, kind, at);
    const stored = await this.readUsable(accountId, period);
    if (stored !== undefined) return stored;
    const documents = await this.recount(accountId);
    return documents[period] ?? emptyStats(period);
  }

  async readStoredPeriod(accountId: string, kind: PeriodKind, at: number): Promise<AccountStats | undefined> {
    return this.readUsable(accountId, await this.periodOf(accountId, kind, at));
  }

  /**
   * The document a period kind names now. Seasons need the league's `SEASONS` item (one more
   * read): "this season" is the running season's document, or all time while no season was
   * ever closed (season 1 started with the league); "last season" is the last closed one's.
   * @throws NoClosedSeasonError for "last season" before any close.
   */
  private async periodOf(leagueId: string, kind: PeriodKind, at: number): Promise<PeriodId> {
    if (kind !== 'season' && kind !== 'lastSeason') return periodId(kind, at, this.statsOptions);
    const { seasons } = await readSeasons(this.options, leagueId);
    if (kind === 'season' && seasons.closed.length === 0) return 'all';
    return periodId(kind, at, { ...this.statsOptions, seasons: seasonBounds(seasons) });
  }

  /** Stats options with the league's season bounds, for placing results in closed seasons. */
  async optionsWithSeasons(leagueId: string): Promise<StatsOptions> {
    const { seasons } = await readSeasons(this.options, leagueId, true);
    return { ...this.statsOptions, seasons: seasonBounds(seasons) };
  }

  /**
   * The writes that correct one result of the league's history in every document that
   * counted it, in place (`replaceResult`: ratings, streaks and fannys as if the match had
   * always had that result), or take it out when `corrected` is undefined. A document whose
   * journal no longer reaches the result is marked for a recount instead.
   */
  async correctionWrites(
    leagueId: string,
    original: MatchResult,
    corrected: MatchResult | undefined,
    options: StatsOptions,
  ): Promise<CompanionWrite[]> {
    const periods = aggregateKeys(original, options);
    const writes = await Promise.all(
      periods.map(async (period): Promise<CompanionWrite[]> => {
        const key = statsKey(leagueId, period);
        const { stats, version, needsRebuild } = await this.read(leagueId, period);
        if (needsRebuild) return [{ key, markForRebuild: true }];
        const replaced = replaceResult(stats, original.id, corrected);
        if (replaced === undefined) return [{ key, markForRebuild: true }];
        if (replaced === stats) return [];
        return [{ key, attributes: this.attributesOf(leagueId, replaced), expectedVersion: version }];
      }),
    );
    return writes.flat();
  }

  /** A document's stored attributes (compressed), for a caller that writes it in its own transaction. */
  documentAttributes(leagueId: string, stats: AccountStats): Record<string, unknown> {
    return this.attributesOf(leagueId, stats);
  }

  /** The stored document, or undefined when only a recount can give it (marked, unreadable). */
  private async readUsable(accountId: string, period: PeriodId): Promise<AccountStats | undefined> {
    try {
      const stored = await this.read(accountId, period);
      return stored.needsRebuild ? undefined : stored.stats;
    } catch (error) {
      if (!(error instanceof CorruptItemError)) throw error;
      this.log.error('stats document unreadable: it needs a recount from the history', {
        accountId,
        period,
        error: error.message,
      });
      return undefined;
    }
  }

  /** One period's document and its version: one strongly consistent GetItem. */
  async read(accountId: string, period: PeriodId): Promise<VersionedStats> {
    const key = statsKey(accountId, period);
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key, ConsistentRead: true }),
    );
    if (!Item) return { stats: emptyStats(period), version: 0 };
    const item = parseStoredItem(statsItemSchema, Item, key);
    if (item.needsRebuild !== undefined)
      return { stats: emptyStats(period), version: item.version, needsRebuild: true };
    if (item.document === undefined) throw new CorruptItemError(key, 'no document');
    return { stats: decodeDocument(item.document, key), version: item.version };
  }

  /**
   * The writer to register in `recordWriters`: reads the documents a result counts in (all
   * time, its month, its week) and returns them updated, to be written in the match's own
   * transaction; a result taken back is uncounted from its documents the same way. A document
   * that already counted the result is left out. One that cannot be read or would be too
   * large, or that no longer remembers a result to take back, is marked for rebuild instead
   * (an error logged and counted): the match finishes all the same.
   */
  readonly recordWriter: RecordWriter = async ({ leagueId: accountId, result, retracted }) => {
    const countedIn = result === undefined ? [] : aggregateKeys(result, this.statsOptions);
    const retractedFrom = retracted === undefined ? [] : aggregateKeys(retracted, this.statsOptions);
    const writes = await Promise.all(
      [...new Set([...retractedFrom, ...countedIn])].map((period) =>
        this.changeOf(accountId, period, {
          ...(result && countedIn.includes(period) ? { result } : {}),
          ...(retracted && retractedFrom.includes(period) ? { retracted } : {}),
        }),
      ),
    );
    return writes.flat();
  };

  /** What one period's document becomes with `result` counted and `retracted` taken back. */
  private async changeOf(
    accountId: string,
    period: PeriodId,
    change: { result?: MatchResult; retracted?: MatchResult },
  ): Promise<CompanionWrite[]> {
    const key = statsKey(accountId, period);
    const markForRebuild: CompanionWrite[] = [{ key, markForRebuild: true }];
    try {
      const { stats, version, needsRebuild } = await this.read(accountId, period);
      if (needsRebuild) return markForRebuild;
      const uncounted = change.retracted ? retractResult(stats, change.retracted.id) : stats;
      if (uncounted === undefined) {
        this.log.info('result older than the stats journal: the document will be recounted', {
          accountId,
          period,
          resultId: change.retracted?.id,
        });
        return markForRebuild;
      }
      const counted = change.result ? applyResult(uncounted, change.result, this.statsOptions) : uncounted;
      if (counted === stats) return [];
      return [{ key, attributes: this.attributesOf(accountId, counted), expectedVersion: version }];
    } catch (error) {
      logCountedError(this.log, 'StatsMarkedForRebuild', 'stats document not updated: marked for a recount', {
        accountId,
        period,
        error,
      });
      return markForRebuild;
    }
  }

  /**
   * Recounts every document of the account from its whole history and stores the recount
   * (`storeRecount`); when a match finishes meanwhile, it starts over, so nothing is lost.
   * @returns the documents stored.
   * @throws StatsChangedError when every attempt lost that race.
   */
  async recount(accountId: string): Promise<StatsDocuments> {
    for (let attempt = 1; ; attempt++) {
      // Versions first, then the history: a match that finishes in between changes a version.
      const before = await this.versions(accountId);
      const results: MatchResult[] = [];
      const options = await this.optionsWithSeasons(accountId);
      for await (const result of readAccountHistory(this.options, accountId)) results.push(result);
      const documents = rebuildStats(results, options);
      try {
        await this.storeRecount(accountId, documents, before);
        logCounted(this.log, 'StatsRecounted', 'stats recounted from the history', {
          leagueId: accountId,
          matches: results.length,
          attempt,
        });
        return documents;
      } catch (error) {
        if (!(error instanceof StatsChangedError) || attempt >= RECOUNT_ATTEMPTS) throw error;
      }
    }
  }

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
  async storeRecount(
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
