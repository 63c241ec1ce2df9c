import type { HouseRules } from '../../domain/house/house-rules';
import { otherTeam } from '../../domain/match/teams';
import type { Goal, Match } from '../../domain/match/types';
import type { Translate } from '../../i18n/translator';
import { joinNames } from './names';

/** "Your house rules: a gamelle counts as a goal; a midfield goal counts; a fanny is 10 to nil, announced." */
export function houseRulesSpeech(t: Translate, rules: HouseRules): string {
  return t('house.rules.said', {
    gamelle: gamelleRule(t, rules),
    midfield: t(`house.rules.midfield_${rules.midfield}`),
    fanny: t(rules.announceFanny ? 'house.rules.fanny' : 'house.rules.fannyQuiet', { at: rules.fannyAt }),
  });
}

function gamelleRule(t: Translate, rules: HouseRules): string {
  if (rules.gamelle === 'goal') return t('house.rules.gamelle_goal');
  return t(rules.belowZero ? 'house.rules.gamelle_minusOneBelowZero' : 'house.rules.gamelle_minusOne');
}

/** One rule as set, said back: the sentence of the rules' speech that it changed. */
export function houseRuleSpeech(t: Translate, rules: HouseRules, rule: keyof HouseRules): string {
  if (rule === 'gamelle' || rule === 'belowZero') return gamelleRule(t, rules);
  if (rule === 'midfield') return t(`house.rules.midfield_${rules.midfield}`);
  return t(rules.announceFanny ? 'house.rules.fanny' : 'house.rules.fannyQuiet', { at: rules.fannyAt });
}

/**
 * The call of a goal the house counts its own way: a midfield goal (worth one, nothing or two),
 * a gamelle that takes a point off the other team. Undefined for a goal counted as one point.
 */
export function houseGoalCall(t: Translate, match: Match, goal: Goal): string | undefined {
  const names = joinNames(t, match.teams[goal.team]);
  const house = match.rules.house;
  if (goal.kind === 'midfield') return t(`house.goal.midfield_${house?.midfield ?? 'counts'}`, { names });
  if (goal.kind === 'gamelle' && house?.gamelle === 'minusOne')
    return t('house.goal.gamelleMinusOne', {
      names,
      others: joinNames(t, match.teams[otherTeam(goal.team)]),
    });
  return undefined;
}
