import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../deps';
import { correctMatchHandler, deleteMatchHandler } from './correct-match';
import { joinLeagueHandler } from './join-league';
import { newSeasonHandler } from './new-season';
import { renamePlayerHandler } from './rename-player';

/** Every league handler: a table joining the league, seasons, corrections, name changes. */
export function leagueHandlers(deps: SkillDeps): RequestHandler[] {
  return [
    joinLeagueHandler(deps),
    newSeasonHandler(deps),
    deleteMatchHandler(deps),
    correctMatchHandler(deps),
    renamePlayerHandler(deps),
  ];
}
