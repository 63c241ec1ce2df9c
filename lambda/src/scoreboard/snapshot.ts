import type { MatchResult } from '../domain/match/result';
import { summarizeScore } from '../domain/match/score-summary';
import type { Match, MatchMode, Score, TeamColor, Teams } from '../domain/match/types';
import { type SensorWarning, sensorWarnings } from '../shadow/sensor-warnings';
import type { Presence, SensorsReport } from '../shadow/shadow-document';

/** What the board says a table is doing; a table's last match stays on show once it is over. */
export type TableState = 'playing' | 'paused' | 'finished' | 'abandoned';

export type { SensorWarning } from '../shadow/sensor-warnings';

/** One table's match as the board shows it. */
export interface TableBoard {
  thing: string;
  matchId: string;
  state: TableState;
  mode: MatchMode;
  teams: Teams;
  /** The running game (the last game once the match is won). */
  score: Score;
  gamesWon: Score;
  gameNumber: number;
  bestOf: number;
  /** Target of the running game. */
  target: number;
  winner?: TeamColor;
  /** The team whose next goal wins the match. */
  matchPoint?: TeamColor;
  sensorWarnings: SensorWarning[];
  /** Whether the table is connected, and since when; absent when the presence rules never wrote it. */
  presence?: BoardPresence;
}

/** A table's connection as the board shows it. */
export interface BoardPresence {
  connected: boolean;
  /** Epoch ms it connected (connected) or disconnected (not). */
  since?: number;
}

/** A finished match in the "latest results" list. */
export interface ResultLine {
  id: string;
  finishedAt: number;
  teams: Teams;
  winner: TeamColor;
  /** Games won when the match had several games, else the goals of its one game. */
  score: Score;
  /** The score counts games (best of 3, 5…) rather than goals. */
  inGames: boolean;
  fanny: boolean;
}

export interface RankingLine {
  rank: number;
  name: string;
  won: number;
  played: number;
  /** The all-time rating (conservative estimate, one decimal), as the ranking by rating counts it. */
  rating: number;
}

/** The ranking shown, and what it was counted from. */
export interface BoardRankings {
  /** `stats`: the account's all-time aggregates; `recentHistory`: wins over the latest matches only. */
  source: 'stats' | 'recentHistory';
  /** Matches counted. */
  matches: number;
  players: RankingLine[];
}

/** Everything the web scoreboard shows for one account, as JSON. */
export interface ScoreboardSnapshot {
  generatedAt: number;
  tables: TableBoard[];
  recent: ResultLine[];
  rankings: BoardRankings;
}

/** A table of the account with its live match and what its shadow says about its sensors and connection. */
export interface TableReading {
  thingName: string;
  match: Match;
  sensors?: SensorsReport;
  presence?: Presence;
}

export interface SnapshotInput {
  now: number;
  tables: readonly TableReading[];
  /** The account's finished matches, newest first. */
  history: readonly MatchResult[];
  rankings: BoardRankings;
}

/** Latest results listed on the board. */
export const RECENT_RESULTS_SHOWN = 5;

const STATE_OF: Record<Match['status'], TableState> = {
  in_progress: 'playing',
  paused: 'paused',
  finished: 'finished',
  abandoned: 'abandoned',
};
const STATE_ORDER: readonly TableState[] = ['playing', 'paused', 'finished', 'abandoned'];

/**
 * The board for one account: its tables (running matches first, then by name), its latest
 * results (newest first) and its ranking. Pure: the readers gather the inputs.
 */
export function buildSnapshot(input: SnapshotInput): ScoreboardSnapshot {
  const tables = input.tables
    .map(tableBoard)
    .sort(
      (a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || a.thing.localeCompare(b.thing),
    );
  return {
    generatedAt: input.now,
    tables,
    recent: input.history.slice(0, RECENT_RESULTS_SHOWN).map(resultLine),
    rankings: input.rankings,
  };
}

function tableBoard(reading: TableReading): TableBoard {
  const { match } = reading;
  const summary = summarizeScore(match);
  return {
    thing: reading.thingName,
    matchId: match.id,
    state: STATE_OF[match.status],
    mode: match.mode,
    teams: match.teams,
    score: summary.score,
    gamesWon: summary.gamesWon,
    gameNumber: summary.gameNumber,
    bestOf: summary.bestOf,
    target: summary.target,
    ...(summary.winner === undefined ? {} : { winner: summary.winner }),
    ...(summary.matchPoint === undefined ? {} : { matchPoint: summary.matchPoint }),
    sensorWarnings: sensorWarnings(reading.sensors),
    ...(reading.presence === undefined ? {} : { presence: boardPresence(reading.presence) }),
  };
}

function boardPresence(presence: Presence): BoardPresence {
  const { connected, since } = presence;
  return since === undefined ? { connected } : { connected, since };
}

function resultLine(result: MatchResult): ResultLine {
  const inGames = result.rules.bestOf > 1;
  return {
    id: result.id,
    finishedAt: result.finishedAt,
    teams: result.teams,
    winner: result.winner,
    score: inGames ? result.gamesWon : result.goals,
    inGames,
    fanny: result.fanny,
  };
}
