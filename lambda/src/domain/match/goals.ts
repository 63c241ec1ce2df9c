import { MatchPausedError, NothingToUndoError, PlayerNotInMatchError } from '../errors';
import { runningMatch, withGoals } from './match-state';
import { findPlayerTeam, playerNameInMatch } from './teams';
import type { Goal, GoalKind, GoalSource, Match, Score, TeamColor } from './types';

/** A goal to count: for a team, for a named player (whose team is credited), or both. */
export interface GoalRequest {
  /** The table's eventId for table goals, a fresh id for voice goals. */
  id: string;
  team?: TeamColor;
  player?: string;
  kind: GoalKind;
  source: GoalSource;
  /** Epoch ms. */
  at: number;
}

export type GoalOutcome =
  | {
      kind: 'counted';
      match: Match;
      goal: Goal;
      /** Set when this goal won a game (also the last game of the match). */
      gameWon?: { winner: TeamColor; score: Score; gameNumber: number };
      /** Set when this goal won the match. */
      matchWon?: TeamColor;
    }
  | { kind: 'duplicate'; match: Match };

/**
 * Counts one goal. An id already seen is a retry (the table delivers at least once): it is
 * reported as a duplicate and changes nothing, even once the match is over or paused.
 * A gamelle counts as one goal for the team credited.
 * @throws NoMatchRunningError when no match is in progress or paused.
 * @throws MatchPausedError when the match is paused.
 * @throws PlayerNotInMatchError when the named player is not playing.
 */
export function scoreGoal(match: Match | undefined, request: GoalRequest): GoalOutcome {
  if (match?.seenEventIds.includes(request.id)) return { kind: 'duplicate', match };
  const running = runningMatch(match);
  if (running.status === 'paused') throw new MatchPausedError();
  const goal = goalFor(running, request);
  const next = withGoals(running, [...running.goals, goal], request.at);
  const counted: GoalOutcome = {
    kind: 'counted',
    match: { ...next, seenEventIds: [...running.seenEventIds, goal.id] },
    goal,
  };
  if (next.games.length > running.games.length) {
    const score = next.games[next.games.length - 1] ?? next.score;
    counted.gameWon = { winner: goal.team, score: { ...score }, gameNumber: next.games.length };
  }
  if (next.winner !== undefined) counted.matchWon = next.winner;
  return counted;
}

function goalFor(match: Match, request: GoalRequest): Goal {
  const base = { id: request.id, kind: request.kind, source: request.source, at: request.at };
  if (request.player === undefined) {
    if (request.team === undefined) throw new Error('A goal needs a team or a player');
    return { ...base, team: request.team };
  }
  const team = findPlayerTeam(match, request.player);
  const scorer = playerNameInMatch(match, request.player);
  if (team === undefined || scorer === undefined) throw new PlayerNotInMatchError(request.player);
  return { ...base, team, scorer };
}

/**
 * Takes back the last goal, in progress or paused. Undoing the first goal of a game
 * re-opens the game before. The goal's id stays seen, so a late retry is not recounted.
 * @throws NoMatchRunningError when no match is in progress or paused.
 * @throws NothingToUndoError when no goal has been scored.
 */
export function undoLastGoal(match: Match | undefined, at: number): { match: Match; undone: Goal } {
  const running = runningMatch(match);
  const undone = running.goals[running.goals.length - 1];
  if (undone === undefined) throw new NothingToUndoError();
  return { match: withGoals(running, running.goals.slice(0, -1), at), undone };
}
