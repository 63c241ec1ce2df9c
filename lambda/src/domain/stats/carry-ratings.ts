import { defaultRating } from './ratings';
import type { AccountStats, PlayerTotals, Rating } from './types';

/** A rating pulled halfway back to a newcomer's: a new season keeps an idea of the level, not all of it. */
export function softenRating(rating: Rating): Rating {
  const { mu, sigma } = defaultRating();
  return { mu: mu + (rating.mu - mu) / 2, sigma: (rating.sigma + sigma) / 2 };
}

/** Each player's ratings at the end of a season, softened: where they start the next one when carried over. */
export function carriedRatings(stats: AccountStats): Record<string, PlayerTotals['ratings']> {
  return Object.fromEntries(
    stats.players.map((player) => [
      player.key,
      {
        all: softenRating(player.ratings.all),
        ...(player.ratings.singles ? { singles: softenRating(player.ratings.singles) } : {}),
        ...(player.ratings.doubles ? { doubles: softenRating(player.ratings.doubles) } : {}),
      },
    ]),
  );
}
