import type { HouseScoring, MatchRules } from '../match/types';

/** A league's own rules: how its matches count gamelles, midfield goals and fannys. */
export interface HouseRules {
  /** A gamelle is one goal (ITSF, the default), or takes a point off the other team. */
  gamelle: 'goal' | 'minusOne';
  /** A point taken off may leave a team below zero (default: never). */
  belowZero: boolean;
  /** A goal from the midfield ("demi") counts (default), does not, or counts double. */
  midfield: 'counts' | 'void' | 'double';
  /** A game is won at this score to nil (default 10: bar rules' target). */
  fannyAt: number;
  /** Alexa announces a fanny when a match ends on one (default yes). */
  announceFanny: boolean;
}

export const DEFAULT_HOUSE_RULES: Readonly<HouseRules> = Object.freeze({
  gamelle: 'goal',
  belowZero: false,
  midfield: 'counts',
  fannyAt: 10,
  announceFanny: true,
});

/** One rule said by voice: "la gamelle enlève un point", "fanny à 6-0", "on n'annonce pas les fannys". */
export type HouseRuleChange =
  | { rule: 'gamelle'; value: HouseRules['gamelle'] }
  | { rule: 'belowZero'; value: boolean }
  | { rule: 'midfield'; value: HouseRules['midfield'] }
  | { rule: 'fannyAt'; value: number }
  | { rule: 'announceFanny'; value: boolean };

/** A fanny threshold a house can set: 1 to 99 goals to nil. */
export function isValidFannyAt(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 99;
}

/**
 * The rules with one changed.
 * @throws RangeError for a fanny threshold out of 1..99 (the handler says why before it gets here).
 */
export function withHouseRule(rules: HouseRules, change: HouseRuleChange): HouseRules {
  if (change.rule === 'fannyAt' && !isValidFannyAt(change.value)) throw new RangeError('fanny threshold');
  return { ...rules, [change.rule]: change.value };
}

/**
 * The scoring a new match takes from the house, or undefined for ITSF counting (every goal one
 * point, a fanny only at the target): a match under default rules is stored as before.
 */
export function houseScoring(rules: HouseRules): HouseScoring | undefined {
  const scoring: HouseScoring = { gamelle: rules.gamelle, midfield: rules.midfield };
  if (rules.gamelle === 'minusOne' && rules.belowZero) scoring.belowZero = true;
  if (rules.fannyAt !== DEFAULT_HOUSE_RULES.fannyAt) scoring.fannyAt = rules.fannyAt;
  if (!rules.announceFanny) scoring.announceFanny = false;
  const itsf =
    scoring.gamelle === 'goal' &&
    scoring.midfield === 'counts' &&
    scoring.fannyAt === undefined &&
    scoring.announceFanny === undefined;
  return itsf ? undefined : scoring;
}

/** Match rules with the house's scoring applied. */
export function underHouseRules(rules: MatchRules, house: HouseRules): MatchRules {
  const scoring = houseScoring(house);
  const { house: _previous, ...plain } = rules;
  return scoring === undefined ? plain : { ...plain, house: scoring };
}
