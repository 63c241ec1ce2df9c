import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../deps';
import { balancedTeamsHandler } from './balanced-teams';
import { goalWasHandler, midfieldGoalHandler } from './goal-kinds';
import { houseRulesHandler, setHouseRuleHandler } from './house-rules';

/** Every handler of the house's own ways of playing: balanced teams, house rules, midfield goals. */
export function houseHandlers(deps: SkillDeps): RequestHandler[] {
  return [
    balancedTeamsHandler(deps),
    houseRulesHandler(deps),
    setHouseRuleHandler(deps),
    midfieldGoalHandler(deps),
    goalWasHandler(deps),
  ];
}
