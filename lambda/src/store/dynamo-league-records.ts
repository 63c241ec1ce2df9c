import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CORRECTABLE_MATCHES } from '../domain/league/corrections';
import { type NameChange, renameInResult, withNameChange } from '../domain/league/merge-names';
import { type ClosedSeason, closeSeason, type Seasons } from '../domain/league/seasons';
import type { MatchResult } from '../domain/match/result';
import { type AccountStats, CURRENT_SEASON, carriedRatings, emptyStats, rebuildStats } from '../domain/stats';
import { recordResult, unrecordResult } from '../domain/tournament';
import { DynamoHistoryStore, readAccountHistory } from './dynamo-history-store';
import type { DynamoStoreOptions } from './dynamo-match-store';
import { DynamoPlayerDirectory } from './dynamo-player-directory';
import { type DynamoStatsStore, StatsChangedError } from './dynamo-stats-store';
import type { TournamentStore } from './dynamo-tournament-store';
import { type CompanionWrite, VersionConflictError } from './ports';
import { readSeasons } from './seasons-item';
import { historyKey, playersKey, seasonsKey, statsKey } from './table-layout';
import { companionItem, isLostRace, type TransactItem, versionedPut } from './transact-items';
import { retryLostRaces } from './update-table';

/** What a correction decided, from the league's last finished matches (newest first). */
export interface CorrectionPlan {
  original: MatchResult;
  /** The corrected result (same id and finish time); undefined to delete the match. */
  corrected?: MatchResult;
}

/** Changes to a league's records that are not a table's turn: corrections, seasons, names. */
export interface LeagueRecords {
  /** The league's last finished matches a correction can reach, newest first. */
  recent(leagueId: string): Promise<MatchResult[]>;
  /**
   * Corrects or deletes one finished match and everything that counted it (stats of every
   * period, ratings, streaks, a tournament), in one transaction; `plan` decides from the
   * league's last matches and is asked again if another write got in between.
   * @throws TournamentMovedOnError when the tournament played on from that match.
   */
  correct(
    leagueId: string,
    plan: (recent: readonly MatchResult[]) => CorrectionPlan,
  ): Promise<CorrectionPlan>;
  /** The league's seasons. */
  seasons(leagueId: string): Promise<Seasons>;
  /**
   * Closes the running season at `at` and starts the next, in one transaction.
   * @throws SeasonEmptyError when the running season has no match.
   * @returns the season closed.
   */
  closeSeason(leagueId: string, at: number, options: { carryRatings: boolean }): Promise<ClosedSeason>;
  /** The league's all-time document, for checking a name change. */
  allTime(leagueId: string, at: number): Promise<AccountStats>;
  /**
   * Rewrites every finished match with the name changed, recounts the stats from them, and
   * keeps the change as an alias so that new matches said with the old name count under the new.
   */
  renamePlayer(leagueId: string, change: NameChange): Promise<{ matches: number }>;
}

const MAX_ATTEMPTS = 4;
/** Items per TransactWriteItems when rewriting history (DynamoDB's limit is 100). */
const REWRITE_BATCH = 25;

/** `LeagueRecords` on the single table, beside the stores whose items they change. */
export class DynamoLeagueRecords implements LeagueRecords {
  private readonly history: DynamoHistoryStore;
  private readonly players: DynamoPlayerDirectory;
  private readonly now: () => number;

  constructor(
    private readonly options: DynamoStoreOptions,
    private readonly stats: DynamoStatsStore,
    private readonly tournaments: TournamentStore,
  ) {
    this.history = new DynamoHistoryStore(options);
    this.players = new DynamoPlayerDirectory(options);
    this.now = options.now ?? Date.now;
  }

  recent(leagueId: string): Promise<MatchResult[]> {
    return this.history.recent(leagueId, CORRECTABLE_MATCHES);
  }

  async correct(
    leagueId: string,
    plan: (recent: readonly MatchResult[]) => CorrectionPlan,
  ): Promise<CorrectionPlan> {
    const { value } = await retryLostRaces(
      async () => {
        const [recent, statsOptions] = await Promise.all([
          this.recent(leagueId),
          this.stats.optionsWithSeasons(leagueId),
        ]);
        const decided = plan(recent);
        const { original, corrected } = decided;
        const [statsWrites, tournamentWrites] = await Promise.all([
          this.stats.correctionWrites(leagueId, original, corrected, statsOptions),
          this.tournamentCorrection(leagueId, original, corrected),
        ]);
        const key = historyKey(leagueId, original.finishedAt, original.id);
        const { tableName: TableName } = this.options;
        const historyWrite: TransactItem = corrected
          ? {
              Put: {
                TableName,
                Item: { ...key, result: corrected },
                ConditionExpression: 'attribute_exists(pk)',
              },
            }
          : { Delete: { TableName, Key: key, ConditionExpression: 'attribute_exists(pk)' } };
        const companions = [...statsWrites, ...tournamentWrites].map((companion) =>
          companionItem(TableName, companion, this.now()),
        );
        await this.transact(leagueId, [historyWrite, ...companions]);
        return decided;
      },
      { maxAttempts: MAX_ATTEMPTS },
    );
    return value;
  }

  /** The tournament's side of a correction: its result taken back, and the corrected one recorded. */
  private async tournamentCorrection(
    leagueId: string,
    original: MatchResult,
    corrected: MatchResult | undefined,
  ): Promise<CompanionWrite[]> {
    const stored = await this.tournaments.load(leagueId);
    if (stored === undefined) return [];
    const unrecorded = unrecordResult(stored.tournament, original.id);
    if (unrecorded === stored.tournament) return [];
    const tournament = corrected ? recordResult(unrecorded, corrected) : unrecorded;
    return [this.tournaments.companion(leagueId, stored.version, { id: stored.id, tournament })];
  }

  async seasons(leagueId: string): Promise<Seasons> {
    return (await readSeasons(this.options, leagueId)).seasons;
  }

  async closeSeason(leagueId: string, at: number, options: { carryRatings: boolean }): Promise<ClosedSeason> {
    const { value } = await retryLostRaces(
      async () => {
        const { seasons, version } = await readSeasons(this.options, leagueId, true);
        // Season 1 started with the league: its document is the all-time one.
        const first = seasons.closed.length === 0;
        const [allTime, current] = await Promise.all([
          this.stats.read(leagueId, 'all'),
          this.stats.read(leagueId, CURRENT_SEASON),
        ]);
        const closing = first ? allTime : current;
        const next = closeSeason(seasons, closing.stats, at, options);
        const closed = next.closed.at(-1) as ClosedSeason;
        const { closedSeasons: _closed, ...closingStats } = closing.stats;
        const archived: AccountStats = { ...closingStats, period: `season:${closed.number}` };
        const fresh: AccountStats = {
          ...emptyStats(CURRENT_SEASON),
          ...(options.carryRatings ? { carriedRatings: carriedRatings(closing.stats) } : {}),
        };
        const { tableName } = this.options;
        await this.transact(leagueId, [
          {
            Put: versionedPut(
              tableName,
              statsKey(leagueId, archived.period),
              0,
              this.stats.documentAttributes(leagueId, archived),
            ),
          },
          {
            Put: versionedPut(
              tableName,
              statsKey(leagueId, CURRENT_SEASON),
              current.version,
              this.stats.documentAttributes(leagueId, fresh),
            ),
          },
          {
            // The all-time document says seasons were closed: questions naming no period then
            // answer for the running season from this one read.
            Put: versionedPut(
              tableName,
              statsKey(leagueId, 'all'),
              allTime.version,
              this.stats.documentAttributes(leagueId, { ...allTime.stats, closedSeasons: closed.number }),
            ),
          },
          { Put: versionedPut(tableName, seasonsKey(leagueId), version, { seasons: next }) },
        ]);
        return closed;
      },
      { maxAttempts: MAX_ATTEMPTS },
    );
    return value;
  }

  allTime(leagueId: string, at: number): Promise<AccountStats> {
    return this.stats.readPeriod(leagueId, 'all', at);
  }

  async renamePlayer(leagueId: string, change: NameChange): Promise<{ matches: number }> {
    const before = await this.stats.versions(leagueId);
    const statsOptions = await this.stats.optionsWithSeasons(leagueId);
    const results: MatchResult[] = [];
    const rewritten: MatchResult[] = [];
    for await (const result of readAccountHistory(this.options, leagueId)) {
      const renamed = renameInResult(result, change);
      results.push(renamed);
      if (renamed !== result) rewritten.push(renamed);
    }
    const { tableName: TableName, client } = this.options;
    for (let start = 0; start < rewritten.length; start += REWRITE_BATCH) {
      const batch = rewritten.slice(start, start + REWRITE_BATCH);
      await client.send(
        new TransactWriteCommand({
          TransactItems: batch.map((result) => ({
            Put: { TableName, Item: { ...historyKey(leagueId, result.finishedAt, result.id), result } },
          })),
        }),
      );
    }
    try {
      await this.stats.storeRecount(leagueId, rebuildStats(results, statsOptions), before);
    } catch (error) {
      // A match finished meanwhile: recount again, from the history as rewritten.
      if (!(error instanceof StatsChangedError)) throw error;
      await this.stats.recount(leagueId);
    }
    // New matches said with the old name count under the kept one (see `canonicalName`).
    const aliases = withNameChange(await this.players.aliases(leagueId), change);
    await client.send(
      new UpdateCommand({
        TableName,
        Key: playersKey(leagueId),
        UpdateExpression: 'DELETE #names :from SET #aliases = :aliases',
        ExpressionAttributeNames: { '#names': 'names', '#aliases': 'aliases' },
        ExpressionAttributeValues: { ':from': new Set([change.from]), ':aliases': aliases },
      }),
    );
    await client.send(
      new UpdateCommand({
        TableName,
        Key: playersKey(leagueId),
        UpdateExpression: 'ADD #names :to',
        ExpressionAttributeNames: { '#names': 'names' },
        ExpressionAttributeValues: { ':to': new Set([change.to]) },
      }),
    );
    return { matches: rewritten.length };
  }

  private async transact(leagueId: string, items: TransactItem[]): Promise<void> {
    try {
      await this.options.client.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (isLostRace(error)) throw new VersionConflictError(leagueId, 0, { cause: error });
      throw error;
    }
  }
}
