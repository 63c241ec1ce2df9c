import type { MatchResult } from '../domain/match/result';
import { rankByRating, rankByWins } from '../domain/stats/rankings';
import { rebuildStats } from '../domain/stats/rebuild';
import type { AccountStats } from '../domain/stats/types';
import type { BoardRankings } from './snapshot';

/** Players listed in the board's ranking. */
export const RANKED_PLAYERS_SHOWN = 10;

/** The board's ranking from an all-time aggregate document: most wins first, shared ranks for ties. */
export function rankingsFromStats(stats: AccountStats, source: BoardRankings['source']): BoardRankings {
  const ratings = new Map(rankByRating(stats).map((entry) => [entry.name, entry.rating]));
  return {
    source,
    matches: stats.matches,
    players: rankByWins(stats, { limit: RANKED_PLAYERS_SHOWN }).map((entry) => ({
      rank: entry.rank,
      name: entry.name,
      won: entry.won,
      played: entry.played,
      rating: Math.round((ratings.get(entry.name) ?? 0) * 10) / 10,
    })),
  };
}

/**
 * The ranking when no aggregate document can be read: wins recounted from the latest
 * matches only (what the board already reads for its results), marked as such.
 */
export function rankingsFromHistory(history: readonly MatchResult[]): BoardRankings {
  return rankingsFromStats(rebuildStats(history).all, 'recentHistory');
}
