import type { TimedShot } from './result';
import { sameName } from './teams';
import type { Goal, Match } from './types';

/** A goal the table timed: it has a speed. */
export type TimedGoal = Goal & { speedKmh: number };

function isTimed(goal: Goal): goal is TimedGoal {
  return goal.speedKmh !== undefined;
}

/** The fastest timed goal of the match, the first of equals; undefined when none was timed. */
export function fastestGoal(match: Pick<Match, 'goals'>): TimedGoal | undefined {
  let fastest: TimedGoal | undefined;
  for (const goal of match.goals) {
    if (isTimed(goal) && (fastest === undefined || goal.speedKmh > fastest.speedKmh)) fastest = goal;
  }
  return fastest;
}

/**
 * Who shot a goal, as a position in its team, when it can be known: the player it was credited
 * to, else the side's only player in singles. In doubles a table goal has no shooter.
 */
export function shooterOf(match: Pick<Match, 'teams'>, goal: Goal): number | undefined {
  const side = match.teams[goal.team];
  if (goal.scorer === undefined) return side.length === 1 ? 0 : undefined;
  const { scorer } = goal;
  const index = side.findIndex((name) => sameName(name, scorer));
  return index < 0 ? undefined : index;
}

/** A timed goal as the record keeps it: speed, team and shooter when known. */
export function timedShot(match: Pick<Match, 'teams'>, goal: TimedGoal): TimedShot {
  const player = shooterOf(match, goal);
  return { speedKmh: goal.speedKmh, team: goal.team, ...(player === undefined ? {} : { player }) };
}

/** Each known shooter's fastest timed goal, in the order they first shot one. */
export function fastestShotsBy(match: Pick<Match, 'teams' | 'goals'>): Array<Required<TimedShot>> {
  const fastest = new Map<string, Required<TimedShot>>();
  for (const goal of match.goals) {
    if (!isTimed(goal)) continue;
    const player = shooterOf(match, goal);
    if (player === undefined) continue;
    const key = `${goal.team}:${player}`;
    const known = fastest.get(key);
    if (known === undefined || goal.speedKmh > known.speedKmh)
      fastest.set(key, { speedKmh: goal.speedKmh, team: goal.team, player });
  }
  return [...fastest.values()];
}
