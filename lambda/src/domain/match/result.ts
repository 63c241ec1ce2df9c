import type { MatchMode, MatchRules, Score, TeamColor, Teams } from './types';

/** A goal the table timed (a second beam): the ball's speed through the goal. */
export interface TimedShot {
  /** km/h, above 0 and at most 200 (the device protocol's range). */
  speedKmh: number;
  team: TeamColor;
  /**
   * Who shot, when known, as a position in `teams[team]` (so a renamed player stays the
   * shooter): the goal's named scorer, or the side's only player in singles.
   */
  player?: number;
}

/** A finished match as kept in the account's history: what stats are built from. */
export interface MatchResult {
  id: string;
  mode: MatchMode;
  teams: Teams;
  rules: MatchRules;
  /** Score of each game, in order (one entry for a single-game match). */
  games: Score[];
  gamesWon: Score;
  /** Goals each team scored over the whole match. */
  goals: Score;
  winner: TeamColor;
  /** The losers scored no goal in the whole match. */
  fanny: boolean;
  /** Goals credited to named players, by name. */
  scorers: Record<string, number>;
  /** The fastest goal the table timed in the match (the first of equals); absent when none was timed. */
  fastestShot?: TimedShot;
  /** Each known shooter's fastest timed goal in the match (one entry a player); absent when none is known. */
  fastestShotsBy?: Array<Required<TimedShot>>;
  startedAt: number;
  finishedAt: number;
}
