import type { Match, MatchMode, MatchStatus, Score, TeamColor, Teams } from '../domain/match/types';

/** The match as the table shows it (DESIGN.md, "Device protocol"). */
export interface ShadowedMatch {
  id: string;
  status: MatchStatus;
  mode: MatchMode;
  target: number;
  winBy: number;
  bestOf: number;
  teams: Teams;
  /** The running game. */
  score: Score;
  /** Games won by each team. */
  games: Score;
  /** `null` deletes the key from the shadow: no winner yet. */
  winner: TeamColor | null;
}

/** No match on the table: every other key is `null`, which deletes it from the shadow. */
export type NoMatchShadow = { status: 'none' } & { [key in Exclude<keyof ShadowedMatch, 'status'>]: null };

export type TableShadowMatch = ShadowedMatch | NoMatchShadow;

/** The `state.desired` document the backend writes to the table's classic shadow. */
export interface TableShadow {
  match: TableShadowMatch;
}

/**
 * The shadow document for a table's match. With no match, only `status: 'none'` is set and
 * every other key is cleared, so the table does not keep showing a stale match.
 */
export function shadowOf(match: Match | undefined): TableShadow {
  if (!match) {
    return { match: { ...NO_MATCH } };
  }
  return {
    match: {
      id: match.id,
      status: match.status,
      mode: match.mode,
      target: match.rules.target,
      winBy: match.rules.winBy,
      bestOf: match.rules.bestOf,
      teams: { red: [...match.teams.red], blue: [...match.teams.blue] },
      score: { ...match.score },
      games: { ...match.gamesWon },
      winner: match.winner ?? null,
    },
  };
}

const NO_MATCH: NoMatchShadow = {
  status: 'none',
  id: null,
  mode: null,
  target: null,
  winBy: null,
  bestOf: null,
  teams: null,
  score: null,
  games: null,
  winner: null,
};
