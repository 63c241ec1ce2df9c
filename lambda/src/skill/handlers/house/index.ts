import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../deps';
import { balancedTeamsHandler } from './balanced-teams';
import { goalWasHandler, midfieldGoalHandler } from './goal-kinds';
import { houseRulesHandler, setHouseRuleHandler } from './house-rules';
import { joinQueueHandler, leaveQueueHandler, whoIsNextHandler } from './winner-stays';

/** Every handler of the house's own ways of playing: balanced teams, house rules, midfield goals, winner stays. */
export function houseHandlers(deps: SkillDeps): RequestHandler[] {
  return [
    balancedTeamsHandler(deps),
    houseRulesHandler(deps),
    setHouseRuleHandler(deps),
    midfieldGoalHandler(deps),
    goalWasHandler(deps),
    joinQueueHandler(deps),
    whoIsNextHandler(deps),
    leaveQueueHandler(deps),
  ];
}
