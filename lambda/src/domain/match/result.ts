import type { MatchMode, MatchRules, Score, TeamColor, Teams } from './types';

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
  startedAt: number;
  finishedAt: number;
}
