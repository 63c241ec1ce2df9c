import { scoreGoal } from './goals';
import { BAR_RULES } from './rules';
import { startMatch } from './start-match';
import type { Match, MatchRules, TeamColor } from './types';

/** Alice (red) against Bob (blue), started at t=1000. */
export function aliceVersusBob(rules: MatchRules = BAR_RULES): Match {
  return startMatch({ id: 'm1', teams: { red: ['Alice'], blue: ['Bob'] }, rules, at: 1000 });
}

let nextEventId = 0;

/** Table goals in order, written as r (red) and b (blue), spaces between games for the reader: "rrr bb". */
export function tableGoals(match: Match, sequence: string): Match {
  let current = match;
  for (const letter of sequence.replaceAll(' ', '')) {
    const team: TeamColor = letter === 'r' ? 'red' : 'blue';
    nextEventId += 1;
    const outcome = scoreGoal(current, {
      id: `e${nextEventId}`,
      team,
      kind: 'goal',
      source: 'table',
      at: 2000 + nextEventId,
    });
    current = outcome.match;
  }
  return current;
}

/** Freezes an object and everything it holds, so any mutation throws in a test. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
