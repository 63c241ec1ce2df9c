import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../deps';
import { balancedTeamsHandler } from './balanced-teams';

/** Every handler of the house's own ways of playing: balanced teams. */
export function houseHandlers(deps: SkillDeps): RequestHandler[] {
  return [balancedTeamsHandler(deps)];
}
