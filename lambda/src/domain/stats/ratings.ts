import type { Options } from 'openskill';
import { predictWin as openskillPredictWin, ordinal, rate, rating } from 'openskill';
import type { Rating } from './types';

/**
 * openskill's Plackett-Luce defaults, written out so that a library upgrade cannot change
 * everyone's rating silently: a new player is 25 ± 25/3; beta (25/6) is the performance
 * spread of one match; tau (25/300) widens sigma a little before each match so ratings keep
 * moving. Only who won counts, not by how much.
 */
export const RATING_MODEL: Readonly<Options> = Object.freeze({
  mu: 25,
  sigma: 25 / 3,
  beta: 25 / 6,
  tau: 25 / 300,
  z: 3,
});

/** The rating of a player who never played. */
export function defaultRating(): Rating {
  return rating(undefined, RATING_MODEL);
}

/** The conservative estimate a ranking uses: mu - 3 sigma (the true skill is above it at 99.7 %). */
export function conservativeRating(skill: Rating): number {
  return ordinal(skill, RATING_MODEL);
}

/** New ratings of both teams after the winners beat the losers. */
export function rateMatch(winners: readonly Rating[], losers: readonly Rating[]): [Rating[], Rating[]] {
  const [winnersAfter, losersAfter] = rate([winners, losers], { ...RATING_MODEL, rank: [1, 2] });
  return [
    winnersAfter.map(({ mu, sigma }) => ({ mu, sigma })),
    losersAfter.map(({ mu, sigma }) => ({ mu, sigma })),
  ];
}

/** Probability that the first team beats the second. */
export function winProbability(first: readonly Rating[], second: readonly Rating[]): number {
  const [probability] = openskillPredictWin([[...first], [...second]], RATING_MODEL);
  return probability ?? 0.5;
}
