import {
  InvalidRulesError,
  MatchAlreadyPausedError,
  MatchNotPausedError,
  PlayedGameRulesError,
} from '../errors';
import { runningMatch } from './match-state';
import { replay } from './replay';
import { assertValidRules } from './rules';
import type { Match, MatchRules } from './types';

/**
 * Pauses the running match: goals are refused until it resumes.
 * @throws NoMatchRunningError when no match is in progress or paused.
 * @throws MatchAlreadyPausedError when it is already paused.
 */
export function pauseMatch(match: Match | undefined, at: number): Match {
  const running = runningMatch(match);
  if (running.status === 'paused') throw new MatchAlreadyPausedError();
  return { ...running, status: 'paused', pausedAt: at };
}

/**
 * Resumes a paused match.
 * @throws NoMatchRunningError when no match is in progress or paused.
 * @throws MatchNotPausedError when it is not paused.
 */
export function resumeMatch(match: Match | undefined, _at: number): Match {
  const running = runningMatch(match);
  if (running.status !== 'paused') throw new MatchNotPausedError();
  const { pausedAt: _pausedAt, ...resumed } = running;
  return { ...resumed, status: 'in_progress' };
}

/**
 * Abandons the running match, paused or not; it counts for no one.
 * @throws NoMatchRunningError when no match is in progress or paused.
 */
export function abandonMatch(match: Match | undefined, at: number): Match {
  const running = runningMatch(match);
  return { ...running, status: 'abandoned', finishedAt: at };
}

/**
 * Changes the rules of a running or paused match ("first to 11 after all"): the goals so
 * far are played again under the new rules, which must leave the games already played as
 * they were and the running game still open.
 * @throws NoMatchRunningError when no match is in progress or paused.
 * @throws InvalidRulesError `belowScore` when the new rules would already end a game or
 * the match (a target below the score), or a value is out of range.
 * @throws PlayedGameRulesError when the new rules would re-open a game already won.
 */
export function changeRules(match: Match | undefined, rules: MatchRules): Match {
  const running = runningMatch(match);
  assertValidRules(rules);
  const before = replay(running.rules, running.goals);
  const after = replay(rules, running.goals);
  for (const [index, end] of after.gameEnds.entries()) {
    const endBefore = before.gameEnds[index];
    if (endBefore === undefined || end < endBefore) throw new InvalidRulesError('belowScore');
  }
  if (after.winner !== undefined) throw new InvalidRulesError('belowScore');
  if (
    after.gameEnds.length < before.gameEnds.length ||
    after.gameEnds.some((end, i) => end !== before.gameEnds[i])
  ) {
    throw new PlayedGameRulesError();
  }
  return { ...running, rules, score: after.score, games: after.games, gamesWon: after.gamesWon };
}
