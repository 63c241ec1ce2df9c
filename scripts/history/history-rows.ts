import type { HistoryEntry } from './read-history';

/** Columns of the CSV export: one row per finished match, flat enough for a spreadsheet. */
export const HISTORY_COLUMNS = [
  'account',
  'match_id',
  'started_at',
  'finished_at',
  'mode',
  'red_player_1',
  'red_player_2',
  'blue_player_1',
  'blue_player_2',
  'red_goals',
  'blue_goals',
  'red_games',
  'blue_games',
  'game_scores',
  'winner',
  'fanny',
  'target',
  'best_of',
  'win_by',
  'preset',
  'scorers',
] as const;

/** A match as a CSV row, in `HISTORY_COLUMNS` order. Times are ISO 8601 in UTC. */
export function historyRow({ accountId, result }: HistoryEntry): (string | number | boolean | undefined)[] {
  const scorers = Object.entries(result.scorers).map(([name, goals]) => `${name}: ${goals}`);
  return [
    accountId,
    result.id,
    new Date(result.startedAt).toISOString(),
    new Date(result.finishedAt).toISOString(),
    result.mode,
    result.teams.red[0],
    result.teams.red[1],
    result.teams.blue[0],
    result.teams.blue[1],
    result.goals.red,
    result.goals.blue,
    result.gamesWon.red,
    result.gamesWon.blue,
    result.games.map((game) => `${game.red}-${game.blue}`).join(' '),
    result.winner,
    result.fanny,
    result.rules.target,
    result.rules.bestOf,
    result.rules.winBy,
    result.rules.preset,
    scorers.join('; '),
  ];
}

/** A match as one NDJSON line: the stored result, whole, with its account. */
export function historyJsonLine({ accountId, result }: HistoryEntry): string {
  return `${JSON.stringify({ account: accountId, ...result })}\n`;
}
