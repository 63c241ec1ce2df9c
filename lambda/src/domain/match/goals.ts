import { MatchPausedError, NoMatchRunningError, NothingToUndoError, PlayerNotInMatchError } from '../errors';
import { runningMatch, withGoals } from './match-state';
import { replay } from './replay';
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
  /** Epoch ms: when the goal was scored (the table's clock for table goals). */
  at: number;
  /** The table's sequence number of the goal event, when its firmware sends one. */
  seq?: number;
  /** The ball's speed, km/h, when the table measured it. */
  speedKmh?: number;
  /** Epoch ms on the backend's clock: a match won by this goal finishes then. Default: `at`. */
  receivedAt?: number;
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
  const next = withGoals(running, [...running.goals, goal], request.receivedAt ?? request.at);
  return countedOutcome(running, { ...next, seenEventIds: [...running.seenEventIds, goal.id] }, goal);
}

/** `goal` counted: the match after it, and the game or the match it won, if any. */
function countedOutcome(before: Match, after: Match, goal: Goal): GoalOutcome {
  const outcome: GoalOutcome = { kind: 'counted', match: after, goal };
  if (after.games.length > before.games.length) {
    const score = after.games[after.games.length - 1] ?? after.score;
    outcome.gameWon = { winner: goal.team, score: { ...score }, gameNumber: after.games.length };
  }
  if (after.winner !== undefined) outcome.matchWon = after.winner;
  return outcome;
}

/** A finished match on again, neither won nor finished, before its goals are replayed. */
function reopen(match: Match, seenEventIds: string[]): Match {
  const { winner: _winner, finishedAt: _finishedAt, ...unfinished } = match;
  return { ...unfinished, status: 'in_progress', seenEventIds };
}

function goalFor(match: Match, request: GoalRequest): Goal {
  const base: Omit<Goal, 'team'> = {
    id: request.id,
    kind: request.kind,
    source: request.source,
    at: request.at,
  };
  if (request.seq !== undefined) base.seq = request.seq;
  if (request.speedKmh !== undefined) base.speedKmh = request.speedKmh;
  if (request.player === undefined) {
    if (request.team === undefined) throw new Error('A goal needs a team or a player');
    return { ...base, team: request.team };
  }
  const team = findPlayerTeam(match, request.player);
  const scorer = playerNameInMatch(match, request.player);
  if (team === undefined || scorer === undefined) throw new PlayerNotInMatchError(request.player);
  return { ...base, team, scorer };
}

/** Where a table goal goes among the goals counted: table goals in the order the table saw them. */
function comesBefore(goal: Goal, other: Goal): boolean {
  if (goal.at !== other.at) return goal.at < other.at;
  return goal.seq !== undefined && other.seq !== undefined && goal.seq < other.seq;
}

/**
 * The goals with a table goal in its place: before the first table goal the table saw after
 * it (goals arrive in no set order after an outage). Voice goals keep where they were said.
 */
export function inTableOrder(goals: readonly Goal[], goal: Goal): Goal[] {
  const at = goals.findIndex((other) => other.source === 'table' && comesBefore(goal, other));
  return at === -1 ? [...goals, goal] : [...goals.slice(0, at), goal, ...goals.slice(at)];
}

export type TableGoalOutcome =
  | GoalOutcome
  /** Scored after the goal that won the match, by the table's clock: the match was already over. */
  | { kind: 'tooLate'; match: Match };

/**
 * Counts a goal from the table's sensors in the order the table saw it (its `at`, ties by
 * `seq`): a goal delivered after later ones takes its place, and the match is played again
 * from its goals. It may even reopen a match that looked won (at 9–9, the goal scored first
 * but delivered second wins it): the outcome's match then has the other result. A goal scored
 * after the winning goal does not count. Goals after the winning one are dropped from the
 * match, their ids kept as seen.
 * @throws NoMatchRunningError when the match was abandoned or there is none.
 * @throws MatchPausedError when the match is paused.
 */
export function scoreTableGoal(match: Match | undefined, request: GoalRequest): TableGoalOutcome {
  if (match?.seenEventIds.includes(request.id)) return { kind: 'duplicate', match };
  if (match === undefined || match.status === 'abandoned') throw new NoMatchRunningError();
  if (match.status === 'paused') throw new MatchPausedError();
  const goal = goalFor(match, request);
  const goals = inTableOrder(match.goals, goal);
  const seen = [...match.seenEventIds, goal.id];
  const finished = match.status === 'finished';
  if (finished && goals[goals.length - 1] === goal)
    return { kind: 'tooLate', match: { ...match, seenEventIds: seen } };
  const replayed = withGoals(reopen(match, seen), goals, request.receivedAt ?? request.at);
  const after =
    replayed.winner === undefined ? replayed : keepGoalsUntilTheWin(replayed, finished ? match : undefined);
  return countedOutcome(match, after, goal);
}

/** A won match keeps the goals up to the winning one; one that was already won keeps its finish time. */
function keepGoalsUntilTheWin(match: Match, wasFinished: Match | undefined): Match {
  // Goals up to the one that ended the last game (a house's gamelle or demi is not one point).
  const played = replay(match.rules, match.goals).gameEnds.at(-1) ?? match.goals.length;
  const kept = { ...match, goals: match.goals.slice(0, played) };
  return wasFinished?.finishedAt === undefined ? kept : { ...kept, finishedAt: wasFinished.finishedAt };
}

export type UndoOutcome =
  | {
      kind: 'undone';
      match: Match;
      undone: Goal;
      /** The match had been won by the goal undone: it is on again, and its result is void. */
      reopened?: Match;
    }
  /** This very request already undid a goal (Alexa retried it): nothing more is undone. */
  | { kind: 'duplicate'; match: Match };

/**
 * Takes back the last goal, in progress, paused, or the one that just won the match: the
 * match is then on again at the score before (the caller takes its result back out of the
 * record). Undoing the first goal of a game re-opens the game before. The goal's id stays
 * seen, so a late retry is not recounted; `requestId` makes the undo itself idempotent.
 * @throws NoMatchRunningError when there is no match, or it was abandoned.
 * @throws NothingToUndoError when no goal has been scored.
 */
export function undoLastGoal(match: Match | undefined, at: number, requestId?: string): UndoOutcome {
  const undoId = requestId === undefined ? undefined : `undo:${requestId}`;
  if (match && undoId && match.seenEventIds.includes(undoId)) return { kind: 'duplicate', match };
  if (match === undefined || match.status === 'abandoned') throw new NoMatchRunningError();
  const undone = match.goals[match.goals.length - 1];
  if (undone === undefined) throw new NothingToUndoError();
  const seen = undoId ? [...match.seenEventIds, undoId] : match.seenEventIds;
  if (match.status !== 'finished') {
    return {
      kind: 'undone',
      match: { ...withGoals(match, match.goals.slice(0, -1), at), seenEventIds: seen },
      undone,
    };
  }
  return {
    kind: 'undone',
    match: withGoals(reopen(match, seen), match.goals.slice(0, -1), at),
    undone,
    reopened: match,
  };
}
