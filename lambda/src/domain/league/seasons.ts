import { NoClosedSeasonError, SeasonEmptyError } from '../errors';
import { rankByWins } from '../stats/rankings';
import type { AccountStats, StatsOptions } from '../stats/types';

/** A season that was closed with "new season": what it counted and who stood on its podium. */
export interface ClosedSeason {
  number: number;
  /** Epoch ms; 0 for the first season (it started with the league). */
  startedAt: number;
  closedAt: number;
  matches: number;
  /** The next season started from these players' ratings, softened (see `carriedRatings`). */
  ratingsCarried: boolean;
  /** Ranked by wins at the close, first place first (players level share a step). */
  podium: PodiumStep[];
}

export interface PodiumStep {
  rank: number;
  name: string;
  won: number;
  played: number;
}

/** A league's seasons. A league that never said "new season" is in its season 1 since its start. */
export interface Seasons {
  current: { number: number; startedAt: number };
  /** Oldest first. */
  closed: ClosedSeason[];
}

export function initialSeasons(): Seasons {
  return { current: { number: 1, startedAt: 0 }, closed: [] };
}

/** The podium of a season's document: up to three steps by wins (more when players tie). */
export function podiumOf(stats: AccountStats): PodiumStep[] {
  return rankByWins(stats)
    .filter((entry) => entry.rank <= 3)
    .map(({ rank, name, won, played }) => ({ rank, name, won, played }));
}

/**
 * The seasons once the current one is closed at `at` with `stats` (its document): the next
 * season starts then.
 * @throws SeasonEmptyError when the current season has no match (a season closed twice in a row).
 */
export function closeSeason(
  seasons: Seasons,
  stats: AccountStats,
  at: number,
  options: { carryRatings: boolean },
): Seasons {
  if (stats.matches === 0) throw new SeasonEmptyError(seasons.current.number);
  const closed: ClosedSeason = {
    number: seasons.current.number,
    startedAt: seasons.current.startedAt,
    closedAt: at,
    matches: stats.matches,
    ratingsCarried: options.carryRatings,
    podium: podiumOf(stats),
  };
  return { current: { number: closed.number + 1, startedAt: at }, closed: [...seasons.closed, closed] };
}

/**
 * The last closed season.
 * @throws NoClosedSeasonError before any season was closed.
 */
export function lastClosedSeason(seasons: Seasons): ClosedSeason {
  const last = seasons.closed.at(-1);
  if (last === undefined) throw new NoClosedSeasonError();
  return last;
}

/** The season a match that finished at `at` belongs to. */
export function seasonAt(seasons: Seasons, at: number): number {
  const closed = seasons.closed.find((season) => at < season.closedAt);
  return closed?.number ?? seasons.current.number;
}

/** What the stats documents need to know of the seasons to place and recount results. */
export function seasonBounds(seasons: Seasons): NonNullable<StatsOptions['seasons']> {
  return {
    closedAt: seasons.closed.map((season) => season.closedAt),
    carryRatings: seasons.closed.map((season) => season.ratingsCarried),
  };
}
