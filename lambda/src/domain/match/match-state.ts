import { NoMatchRunningError } from '../errors';
import { replay } from './replay';
import type { Goal, Match } from './types';

/**
 * The match that is still being played (in progress or paused).
 * @throws NoMatchRunningError when there is none, or it is finished or abandoned.
 */
export function runningMatch(match: Match | undefined): Match {
  if (match === undefined || match.status === 'finished' || match.status === 'abandoned') {
    throw new NoMatchRunningError();
  }
  return match;
}

/** The match with these goals, its score, games and winner derived by replaying them. */
export function withGoals(match: Match, goals: Goal[], at: number): Match {
  const replayed = replay(match.rules, goals);
  const next: Match = {
    ...match,
    goals,
    score: replayed.score,
    games: replayed.games,
    gamesWon: replayed.gamesWon,
  };
  if (replayed.winner === undefined) return next;
  return { ...next, status: 'finished', winner: replayed.winner, finishedAt: at };
}
