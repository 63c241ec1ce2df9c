import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import {
  DEFAULT_HOUSE_RULES,
  type HouseRuleChange,
  type HouseRules,
  isValidFannyAt,
  withHouseRule,
} from '../../../domain/house/house-rules';
import type { SkillDeps } from '../../deps';
import { answer } from '../../respond';
import { slotChoice, slotNumber } from '../../slots';
import { houseRuleSpeech, houseRulesSpeech } from '../../speech/house-rules';
import { leagueOf } from '../../table-access';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';

export const HOUSE_RULE_INTENTS = [
  'GamelleRuleIntent',
  'MidfieldRuleIntent',
  'FannyRuleIntent',
  'BelowZeroRuleIntent',
] as const;

async function readRules(deps: SkillDeps, league: string): Promise<HouseRules> {
  return (await deps.houseRules?.read(league)) ?? { ...DEFAULT_HOUSE_RULES };
}

/** The change said, or undefined when the slot holds nothing the house can set. */
function changeSaid(input: HandlerInput): HouseRuleChange | { rule: 'fannyAt'; invalid: number } | undefined {
  if (isIntent(input, 'GamelleRuleIntent')) {
    const value = slotChoice(input, 'gamelleRule', ['goal', 'minusOne'] as const);
    return value && { rule: 'gamelle', value };
  }
  if (isIntent(input, 'MidfieldRuleIntent')) {
    const value = slotChoice(input, 'midfieldRule', ['counts', 'void', 'double'] as const);
    return value && { rule: 'midfield', value };
  }
  if (isIntent(input, 'BelowZeroRuleIntent')) {
    const value = slotChoice(input, 'belowZero', ['yes', 'no'] as const);
    return value && { rule: 'belowZero', value: value === 'yes' };
  }
  const announce = slotChoice(input, 'announce', ['yes', 'no'] as const);
  if (announce) return { rule: 'announceFanny', value: announce === 'yes' };
  const at = slotNumber(input, 'fannyAt');
  if (at === undefined) return undefined;
  return isValidFannyAt(at) ? { rule: 'fannyAt', value: at } : { rule: 'fannyAt', invalid: at };
}

/** "Quelles sont nos règles ?", "what are our rules?": the league's house rules, said. */
export const houseRulesHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'HouseRulesIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const rules = await readRules(deps, await leagueOf(deps, turn));
    const speech = houseRulesSpeech(turn.t, rules);
    return answer(input, speech, { card: { title: turn.t('house.rules.cardTitle'), text: speech } });
  },
});

/**
 * "La gamelle enlève un point", "a midfield goal counts double", "fanny à six zéro", "on
 * n'annonce pas les fannys", "scores can go below zero": sets one house rule of the league
 * (matches started from now on count by it) and says it back. A rule the house cannot have
 * (a fanny at 0 or past 99) gets the reason and changes nothing.
 */
export const setHouseRuleHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, ...HOUSE_RULE_INTENTS),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const change = changeSaid(input);
    if (change === undefined) return answer(input, t('house.rules.unknown'));
    if ('invalid' in change) return answer(input, t('house.rules.badFanny', { value: change.invalid }));
    if (deps.houseRules === undefined) return answer(input, t('house.rules.unavailable'));
    const league = await leagueOf(deps, turn);
    const rules = withHouseRule(await readRules(deps, league), change);
    await deps.houseRules.write(league, rules);
    deps.log.info('house rule set', { rule: change.rule });
    return answer(input, t('house.rules.set', { rule: houseRuleSpeech(t, rules, change.rule) }));
  },
});
