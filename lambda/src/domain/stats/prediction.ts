import { SamePlayerOnBothTeamsError } from '../errors';
import { playerKey } from './names';
import { defaultRating, winProbability } from './ratings';
import { findPlayer } from './roster';
import type { AccountStats, Rating, StatsMode } from './types';

export interface WinPrediction {
  /** Probability that the first team wins, 0 to 1; `teamB` is its complement. */
  teamA: number;
  teamB: number;
  /** Names with no rating yet in the track used: they count as a new player (25 ± 8.3). */
  unrated: string[];
}

/**
 * Chances of each team from the players' ratings (openskill's prediction for the
 * Plackett-Luce model). Use the all-time document; `mode` picks the rating track
 * (every match by default).
 * @throws SamePlayerOnBothTeamsError when a name is on both teams.
 */
export function predictWin(
  stats: AccountStats,
  teamA: readonly string[],
  teamB: readonly string[],
  options: { mode?: StatsMode } = {},
): WinPrediction {
  if (teamA.length === 0 || teamB.length === 0) throw new Error('Both teams need at least one player');
  const keysA = new Set(teamA.map(playerKey));
  const onBoth = teamB.find((name) => keysA.has(playerKey(name)));
  if (onBoth !== undefined) throw new SamePlayerOnBothTeamsError(onBoth);
  const mode = options.mode ?? 'all';
  const unrated: string[] = [];
  const ratingOf = (name: string): Rating => {
    const skill = findPlayer(stats, name)?.ratings[mode];
    if (skill !== undefined) return skill;
    unrated.push(name);
    return defaultRating();
  };
  const ratingsA = teamA.map(ratingOf);
  const ratingsB = teamB.map(ratingOf);
  const probability = winProbability(ratingsA, ratingsB);
  return { teamA: probability, teamB: 1 - probability, unrated };
}
