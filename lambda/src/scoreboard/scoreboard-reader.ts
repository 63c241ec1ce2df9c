import type { MatchResult } from '../domain/match/result';
import type { Match } from '../domain/match/types';
import type { TableHealth } from '../shadow/table-health';
import type { HistoryStore, MatchStore } from '../store/ports';
import { rankingsFromHistory } from './board-rankings';
import { type BoardRankings, buildSnapshot, type ScoreboardSnapshot, type TableReading } from './snapshot';

/** Where the board reads from: the same stores as the skill, and the tables' shadows. */
export interface ScoreboardSources {
  matches: Pick<MatchStore, 'load'>;
  history: HistoryStore;
  /** The tables' sensor health; left out, no warning is shown. */
  health?: TableHealth;
  /** The tables the account's Echo devices are linked to. */
  linkedThings(accountId: string): Promise<string[]>;
  /** The table an Echo with no link drives. */
  defaultThingName?: string;
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
  const readings = await Promise.all(
    tables.map(async (table): Promise<TableReading> => {
      const sensors = await sources.health?.sensors(table.thingName);
      return sensors === undefined ? table : { ...table, sensors };
    }),
  );
  const rankings = await readRankings(sources, accountId, history);
  return buildSnapshot({ now: sources.now(), tables: readings, history, rankings });
}

/**
 * The one place that chooses where the ranking comes from. No stats aggregate can be read yet,
 * so it is recounted from the history already read; once the stats store exists, this reads
 * the account's all-time document instead (`rankingsFromStats(stats, 'stats')`).
 */
export async function readRankings(
  _sources: ScoreboardSources,
  _accountId: string,
  history: readonly MatchResult[],
): Promise<BoardRankings> {
  return rankingsFromHistory(history);
}

/**
 * The account's tables: among the tables it can know (the default table and those its Echos
 * are linked to), those whose live match is the account's. Another account's match on a shared
 * table is not shown, running or over.
 */
export async function accountTables(
  sources: Pick<ScoreboardSources, 'matches' | 'linkedThings' | 'defaultThingName'>,
  accountId: string,
): Promise<Array<{ thingName: string; match: Match }>> {
  const known = new Set(await sources.linkedThings(accountId));
  if (sources.defaultThingName) known.add(sources.defaultThingName);
  const lives = await Promise.all([...known].map((thing) => sources.matches.load(thing)));
  return lives.flatMap((live) =>
    live.match !== undefined && live.accountId === accountId
      ? [{ thingName: live.thingName, match: live.match }]
      : [],
  );
}
