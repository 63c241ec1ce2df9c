import { otherTeam } from './teams';
import type { Goal, HouseScoring, Score } from './types';

/** ITSF: every goal, gamelle and midfield goal is one point; no early fanny. */
export const ITSF_SCORING: HouseScoring = Object.freeze({ gamelle: 'goal', midfield: 'counts' });

/**
 * The score after one more goal under the house's scoring: one point for the team credited; a
 * café gamelle takes a point off the other team instead (not below zero unless the house says
 * so); a midfield goal counts one, nothing or two.
 */
export function scoreAfter(score: Score, goal: Goal, house: HouseScoring = ITSF_SCORING): Score {
  if (goal.kind === 'gamelle' && house.gamelle === 'minusOne') {
    const other = otherTeam(goal.team);
    const taken = score[other] - 1;
    return { ...score, [other]: house.belowZero ? taken : Math.max(0, taken) };
  }
  const points = goal.kind === 'midfield' ? { counts: 1, void: 0, double: 2 }[house.midfield] : 1;
  return { ...score, [goal.team]: score[goal.team] + points };
}

/** The team that won the game by a fanny at this score: the house's threshold reached, the other team on none. */
export function fannyWinner(score: Score, house: HouseScoring | undefined): Goal['team'] | undefined {
  if (house?.fannyAt === undefined) return undefined;
  if (score.red >= house.fannyAt && score.blue <= 0) return 'red';
  if (score.blue >= house.fannyAt && score.red <= 0) return 'blue';
  return undefined;
}
