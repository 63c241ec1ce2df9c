import { NothingToUndoError } from '../errors';
import { runningMatch, withGoals } from './match-state';
import { replay } from './replay';
import type { Goal, GoalKind, Match, TeamColor } from './types';

/**
 * "Le but des rouges était une gamelle": the last goal (of that team, when one is named) counted
 * again as another kind, and the match replayed from its goals under its house scoring. A change
 * that wins the match keeps the goals up to the winning one.
 * @throws NoMatchRunningError when no match is in progress or paused.
 * @throws NothingToUndoError when no goal (of that team) was scored.
 */
export function changeLastGoalKind(
  match: Match | undefined,
  change: { kind: GoalKind; team?: TeamColor },
  at: number,
): { match: Match; goal: Goal } {
  const running = runningMatch(match);
  const index = running.goals.findLastIndex((goal) => change.team === undefined || goal.team === change.team);
  const before = running.goals[index];
  if (before === undefined) throw new NothingToUndoError();
  const goal: Goal = { ...before, kind: change.kind };
  const goals = running.goals.map((other, position) => (position === index ? goal : other));
  const next = withGoals(running, goals, at);
  if (next.winner === undefined) return { match: next, goal };
  const played = replay(next.rules, goals).gameEnds.at(-1) ?? goals.length;
  return { match: { ...next, goals: goals.slice(0, played) }, goal };
}
