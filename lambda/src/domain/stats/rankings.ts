import { conservativeRating } from './ratings';
import { requirePlayerIndex, totalsIn, winRate } from './roster';
import type { AccountStats, PlayerTotals, Rating, StatsMode } from './types';

/** Below this many matches (in the mode ranked) a player's place is marked provisional. */
export const PROVISIONAL_BELOW_MATCHES = 5;

export interface RankingOptions {
  /** Singles only, doubles only, or every match (the default). */
  mode?: StatsMode;
  /** At most this many entries, from the top. */
  limit?: number;
}

interface RankedPlayer {
  /** 1 for the first; players level on the ranking's criteria share a rank (1, 2, 2, 4). */
  rank: number;
  name: string;
  played: number;
  /** Fewer than `PROVISIONAL_BELOW_MATCHES` matches: too few to take the place seriously. */
  provisional: boolean;
}

export interface WinsRankEntry extends RankedPlayer {
  won: number;
  lost: number;
  /** 0 to 1. */
  winRate: number;
}

export interface RatingRankEntry extends RankedPlayer {
  /** Conservative estimate mu - 3 sigma: what the ranking is sorted on. */
  rating: number;
  mu: number;
  sigma: number;
}

/** Sorts, numbers with shared ranks for ties, and cuts to the limit. */
function ranked<T extends Omit<RankedPlayer, 'rank'>>(
  entries: T[],
  compare: (a: T, b: T) => number,
  limit: number | undefined,
): (T & { rank: number })[] {
  const byTieBreak = (a: T, b: T) => compare(a, b) || a.name.localeCompare(b.name);
  const sorted = [...entries].sort(byTieBreak);
  const numbered = sorted.map((entry, i) => ({ ...entry, rank: i + 1 }));
  for (let i = 1; i < numbered.length; i++) {
    const here = numbered[i];
    const before = numbered[i - 1];
    if (here !== undefined && before !== undefined && compare(before, here) === 0) here.rank = before.rank;
  }
  return limit === undefined ? numbered : numbered.slice(0, Math.max(0, limit));
}

function winsEntry(player: PlayerTotals, mode: StatsMode): Omit<WinsRankEntry, 'rank'> {
  const { played, won } = totalsIn(player, mode);
  return {
    name: player.name,
    played,
    won,
    lost: played - won,
    winRate: winRate(won, played),
    provisional: played < PROVISIONAL_BELOW_MATCHES,
  };
}

function ratingEntry(player: PlayerTotals, mode: StatsMode, skill: Rating): Omit<RatingRankEntry, 'rank'> {
  const { played } = totalsIn(player, mode);
  return {
    name: player.name,
    played,
    rating: conservativeRating(skill),
    mu: skill.mu,
    sigma: skill.sigma,
    provisional: played < PROVISIONAL_BELOW_MATCHES,
  };
}

/**
 * Players who played in the mode, most wins first; level on wins, the better win rate first;
 * level on both, they share the rank. Names break ties in order only.
 */
export function rankByWins(stats: AccountStats, options: RankingOptions = {}): WinsRankEntry[] {
  const mode = options.mode ?? 'all';
  const entries = stats.players.map((player) => winsEntry(player, mode)).filter((entry) => entry.played > 0);
  return ranked(entries, (a, b) => b.won - a.won || b.winRate - a.winRate, options.limit);
}

/**
 * Players who played in the mode, by conservative skill estimate (mu - 3 sigma), highest
 * first. Ratings of a mode come only from that mode's matches.
 */
export function rankByRating(stats: AccountStats, options: RankingOptions = {}): RatingRankEntry[] {
  const mode = options.mode ?? 'all';
  const entries = stats.players.flatMap((player) => {
    const skill = player.ratings[mode];
    return skill === undefined ? [] : [ratingEntry(player, mode, skill)];
  });
  return ranked(entries, (a, b) => b.rating - a.rating, options.limit);
}

export type RankPosition<T> = { rank: number /** Players ranked. */; of: number; entry: T };

/**
 * Where a player stands in a ranking, or undefined when they played no match in that mode.
 * @throws UnknownPlayerError when the player has no match in this document.
 */
export function rankOf(
  stats: AccountStats,
  name: string,
  by: 'wins',
  options?: Omit<RankingOptions, 'limit'>,
): RankPosition<WinsRankEntry> | undefined;
export function rankOf(
  stats: AccountStats,
  name: string,
  by: 'rating',
  options?: Omit<RankingOptions, 'limit'>,
): RankPosition<RatingRankEntry> | undefined;
export function rankOf(
  stats: AccountStats,
  name: string,
  by: 'wins' | 'rating',
  options: Omit<RankingOptions, 'limit'> = {},
): RankPosition<WinsRankEntry | RatingRankEntry> | undefined {
  const player = stats.players[requirePlayerIndex(stats, name)];
  const ranking = by === 'wins' ? rankByWins(stats, options) : rankByRating(stats, options);
  const entry = ranking.find((candidate) => candidate.name === player?.name);
  return entry === undefined ? undefined : { rank: entry.rank, of: ranking.length, entry };
}
