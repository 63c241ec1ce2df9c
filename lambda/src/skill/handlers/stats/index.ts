import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../deps';
import { headToHeadHandler, playerStatsHandler } from './players';
import { predictionHandler } from './prediction';
import { leaderHandler, playerRankHandler, rankingHandler } from './rankings';

/** Every stats handler: rankings, a player's rank and stats, head to head, predictions. */
export function statsHandlers(deps: SkillDeps): RequestHandler[] {
  return [
    rankingHandler(deps),
    leaderHandler(deps),
    playerRankHandler(deps),
    playerStatsHandler(deps),
    headToHeadHandler(deps),
    predictionHandler(deps),
  ];
}
