import type { MatchResult } from '../match/result';
import type { MatchMode, TeamColor } from '../match/types';

/** A Gaussian belief about a player's skill (openskill's Weng-Lin model). */
export interface Rating {
  mu: number;
  sigma: number;
}

/** Which matches a ranking or rating looks at: every match, or one mode only. */
export type StatsMode = MatchMode | 'all';

/** What a player did in one mode (singles or doubles) within one aggregate document. */
export interface ModeTotals {
  played: number;
  won: number;
  /** Goals of the player's team. */
  goalsFor: number;
  goalsAgainst: number;
  /** Matches won with the losers scoring nothing. */
  fannysGiven: number;
  /** Matches lost without scoring. */
  fannysTaken: number;
}

/** One player's running totals. */
export interface PlayerTotals {
  /** The player's name in its spoken form (see `playerKey`): what names are compared on. */
  key: string;
  /** The name as first written in this document's matches: what is spoken back. */
  name: string;
  singles: ModeTotals;
  doubles: ModeTotals;
  /** Goals credited to this player by name (the match's `scorers`). */
  goalsCredited: number;
  /** The player's fastest goal the table timed (km/h); absent until one is. */
  fastestShotKmh?: number;
  /** Wins in a row up to the player's last match (0 after a loss). */
  currentStreak: number;
  longestStreak: number;
  /** Ratings per track; a track is absent until the player plays a match counted in it. */
  ratings: { all: Rating; singles?: Rating; doubles?: Rating };
  lastPlayedAt: number;
}

/** The fastest goal the table timed among a document's matches: the first of equals keeps it. */
export interface ShotRecord {
  speedKmh: number;
  team: TeamColor;
  /** The team's players, as written in the match. */
  players: string[];
  /** The shooter, when known (the named scorer, or the only player in singles). */
  scorer?: string;
  resultId: string;
  /** When its match finished (epoch ms). */
  finishedAt: number;
}

/** Two players on the same team (doubles). */
export interface PartnerTotals {
  played: number;
  won: number;
}

/**
 * Two players on opposite teams, singles or doubles. "first" is the player with the lower
 * index in `AccountStats.players`; there are no draws, so played = firstWins + secondWins.
 */
export interface RivalryTotals {
  firstWins: number;
  secondWins: number;
  /** Goals of the first player's team in these matches. */
  firstGoals: number;
  secondGoals: number;
}

/**
 * `all`, a calendar month (`month:2025-03`), an ISO week (`week:2025-W09`), the league's
 * running season (`season:current`) or a closed one (`season:2`).
 */
export type PeriodId = 'all' | `month:${string}` | `week:${string}` | `season:${string}`;

/**
 * One aggregate document: everything the stats questions need for one period, JSON
 * serialisable, kept beside the history and updated in the same write as each match.
 * Pairs refer to players by index in `players` (append-only), which keeps keys short
 * whatever the names.
 */
export interface AccountStats {
  formatVersion: 1;
  period: PeriodId;
  /** Matches counted. */
  matches: number;
  lastFinishedAt: number;
  /** Ids of the last results applied, oldest first: a replayed result is not counted twice. */
  recentResultIds: string[];
  /** In order of first appearance; the position is the player's index. */
  players: PlayerTotals[];
  /** Key `"i-j"` with i < j, indexes in `players`. */
  partners: Record<string, PartnerTotals>;
  /** Key `"i-j"` with i < j, indexes in `players`. */
  rivalries: Record<string, RivalryTotals>;
  /** The fastest shot of the period; absent until a match with a timed goal is counted. */
  fastestShot?: ShotRecord;
  /**
   * The last results counted, oldest first, each with what it changed: a result among them
   * can be taken back exactly (`retractResult`). Absent in documents written before it existed.
   */
  journal?: CountedResult[];
  /**
   * A season started with the ratings carried over: where each player (by `key`) starts
   * instead of a newcomer's rating, on their first match of the season.
   */
  carriedRatings?: Record<string, PlayerTotals['ratings']>;
  /**
   * On the all-time document: how many seasons the league closed (absent: none), so a question
   * that names no period knows from this one read whether to answer for the running season.
   */
  closedSeasons?: number;
}

/** One result in a document's journal, with what the document held before it was counted. */
export interface CountedResult {
  result: MatchResult;
  before: CountedResultBefore;
}

/** What counting one result overwrote: enough to put the document back as it was. */
export interface CountedResultBefore {
  matches: number;
  lastFinishedAt: number;
  /** Players in the roster before; the ones enrolled by this result come after. */
  playerCount: number;
  /** The totals of the result's players who were already in the roster, by index. */
  players: Record<string, PlayerTotals>;
  /** The pairs this result counted in, as they were (null: the pair was new). */
  partners: Record<string, PartnerTotals | null>;
  rivalries: Record<string, RivalryTotals | null>;
  /** Result ids that fell out of `recentResultIds` when this one was added. */
  forgottenResultIds: string[];
  /** Present when this result set the period's fastest shot: the record it beat (null: none). */
  fastestShot?: ShotRecord | null;
}

/** How results are placed in periods. */
export interface StatsOptions {
  /** IANA time zone of the account (e.g. `Europe/Paris`); UTC when absent. */
  timeZone?: string;
  /**
   * When the league's closed seasons ended (epoch ms, oldest first: season 1 ended at
   * `closedAt[0]`). Left out, every result counts in the running season (`season:current`):
   * what a match finishing now does.
   */
  seasons?: {
    closedAt: readonly number[];
    /** `carryRatings[i]`: season i + 2 started from season i + 1's ratings, softened. */
    carryRatings?: readonly boolean[];
  };
}
