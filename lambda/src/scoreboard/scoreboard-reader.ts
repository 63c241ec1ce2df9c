import { tableLeague } from '../domain/league/table-league';
import type { MatchResult } from '../domain/match/result';
import type { Match } from '../domain/match/types';
import type { TableHealth } from '../shadow/table-health';
import type { StatsStore } from '../store/dynamo-stats-store';
import type { HistoryStore, MatchStore } from '../store/ports';
import { rankingsFromHistory, rankingsFromStats } from './board-rankings';
import { type BoardRankings, buildSnapshot, type ScoreboardSnapshot, type TableReading } from './snapshot';

/** Where the board reads from: the same stores as the skill, and the tables' shadows. */
export interface ScoreboardSources {
  matches: Pick<MatchStore, 'load'>;
  history: HistoryStore;
  /** The tables' sensor health and presence; left out, neither is shown. */
  health?: TableHealth;
  /** The league's tables (and, for a league an account's records became, its Echos' tables). */
  linkedThings(leagueId: string): Promise<string[]>;
  /** The table an Echo with no link drives. */
  defaultThingName?: string;
  /** The account's stats aggregates; left out (or awaiting a recount), the ranking is recounted from recent history. */
  stats?: Pick<StatsStore, 'readStoredPeriod'>;
  now: () => number;
}

/** Finished matches read for the latest results and the fallback ranking. */
export const HISTORY_READ = 50;

/** Reads everything the account's board shows and builds its snapshot. */
export async function readScoreboard(
  sources: ScoreboardSources,
  accountId: string,
): Promise<ScoreboardSnapshot> {
  const [tables, history] = await Promise.all([
    accountTables(sources, accountId),
    sources.history.recent(accountId, HISTORY_READ),
  ]);
  const [readings, rankings] = await Promise.all([
    Promise.all(
      tables.map(async (table): Promise<TableReading> => {
        const report = await sources.health?.read(table.thingName);
        return { ...table, ...report };
      }),
    ),
    readRankings(sources, accountId, history),
  ]);
  return buildSnapshot({ now: sources.now(), tables: readings, history, rankings });
}

/**
 * The one place that chooses where the ranking comes from: the account's all-time stats
 * document (one GetItem) when it has counted matches, else wins recounted from the history
 * already read (no stats store, or matches played before stats were kept).
 */
export async function readRankings(
  sources: Pick<ScoreboardSources, 'stats' | 'now'>,
  accountId: string,
  history: readonly MatchResult[],
): Promise<BoardRankings> {
  const allTime = await sources.stats?.readStoredPeriod(accountId, 'all', sources.now());
  return allTime !== undefined && allTime.matches > 0
    ? rankingsFromStats(allTime, 'stats')
    : rankingsFromHistory(history);
}

/**
 * The league's tables: among the tables it can know (the default table and the league's
 * tables), those that play in the league. A table that moved to another league is not shown.
 */
export async function accountTables(
  sources: Pick<ScoreboardSources, 'matches' | 'linkedThings' | 'defaultThingName'>,
  accountId: string,
): Promise<Array<{ thingName: string; match: Match }>> {
  const known = new Set(await sources.linkedThings(accountId));
  if (sources.defaultThingName) known.add(sources.defaultThingName);
  const lives = await Promise.all([...known].map((thing) => sources.matches.load(thing)));
  return lives.flatMap((live) =>
    live.match !== undefined && tableLeague(live) === accountId
      ? [{ thingName: live.thingName, match: live.match }]
      : [],
  );
}
