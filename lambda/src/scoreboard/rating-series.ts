import type { MatchResult } from '../domain/match/result';
import { countResult, emptyStats } from '../domain/stats/count-result';
import { rankByRating } from '../domain/stats/rankings';

/** One player's rating after each match they played, oldest first. */
export interface RatingSeries {
  name: string;
  /** `match`: the match's position among the matches charted (0 for the oldest). */
  points: Array<{ match: number; at: number; rating: number }>;
  /** The rating now, and its rank in the ranking by rating. */
  rating: number;
  rank: number;
}

/** Players drawn when the reader chose none: the top of the ranking by rating. */
export const CHART_DEFAULT_PLAYERS = 8;

/**
 * Every player's rating over the matches given, as the league's all-time ranking by rating
 * counts it (conservative estimate), recounted in the order they finished: one point per match
 * a player played. Ordered by rank now.
 */
export function ratingSeries(history: readonly MatchResult[]): RatingSeries[] {
  const stats = emptyStats('all');
  const points = new Map<string, RatingSeries['points']>();
  const chronological = [...history].sort((a, b) => a.finishedAt - b.finishedAt);
  chronological.forEach((result, match) => {
    countResult(stats, result);
    const played = new Set([...result.teams.red, ...result.teams.blue]);
    for (const entry of rankByRating(stats)) {
      if (!played.has(entry.name)) continue;
      const line = points.get(entry.name) ?? [];
      line.push({ match, at: result.finishedAt, rating: entry.rating });
      points.set(entry.name, line);
    }
  });
  return rankByRating(stats).map((entry) => ({
    name: entry.name,
    points: points.get(entry.name) ?? [],
    rating: entry.rating,
    rank: entry.rank,
  }));
}
