import { type CustomSkillBuilder, SkillBuilders } from 'ask-sdk-core';
import type { SkillDeps } from './deps';
import { abandonHandler } from './handlers/abandon';
import {
  fallbackHandler,
  helpHandler,
  repeatHandler,
  sessionEndedHandler,
  stopHandler,
  systemExceptionHandler,
  unknownIntentHandler,
  yesNoHandler,
} from './handlers/conversation';
import { errorHandler } from './handlers/error-handler';
import { goalHandler } from './handlers/goal';
import { houseHandlers } from './handlers/house';
import { launchHandler } from './handlers/launch';
import { leagueHandlers } from './handlers/league';
import { linkTableHandler, unlinkTableHandler } from './handlers/link-table';
import { pauseHandler, resumeHandler } from './handlers/pause-resume';
import { scoreHandler } from './handlers/score';
import {
  renewScoreboardLinkHandler,
  revokeScoreboardLinkHandler,
  scoreboardLinkHandler,
} from './handlers/scoreboard-link';
import { setRulesHandler } from './handlers/set-rules';
import { fastestShotHandler } from './handlers/shot-speed';
import { startMatchHandler } from './handlers/start-match';
import { statsHandlers } from './handlers/stats';
import { tablePresenceHandler } from './handlers/table-presence';
import { touchHandler } from './handlers/touch';
import { tournamentHandlers } from './handlers/tournament';
import { undoGoalHandler } from './handlers/undo-goal';

/**
 * The skill: every handler wired to its ports. The Lambda entry, the local console and the
 * tests all build the same skill, with different adapters behind the ports.
 */
export function buildSkill(deps: SkillDeps): CustomSkillBuilder {
  return SkillBuilders.custom()
    .addRequestHandlers(
      launchHandler(deps),
      startMatchHandler(deps),
      setRulesHandler(deps),
      goalHandler(deps),
      undoGoalHandler(deps),
      scoreHandler(deps),
      pauseHandler(deps),
      resumeHandler(deps),
      abandonHandler(deps),
      linkTableHandler(deps),
      unlinkTableHandler(deps),
      scoreboardLinkHandler(deps),
      revokeScoreboardLinkHandler(deps),
      renewScoreboardLinkHandler(deps),
      tablePresenceHandler(deps),
      touchHandler(deps),
      ...tournamentHandlers(deps),
      ...statsHandlers(deps),
      fastestShotHandler(deps),
      ...leagueHandlers(deps),
      ...houseHandlers(deps),
      helpHandler(deps),
      repeatHandler(),
      stopHandler(),
      fallbackHandler(deps),
      yesNoHandler(),
      sessionEndedHandler(deps),
      systemExceptionHandler(deps),
      unknownIntentHandler(),
    )
    .addErrorHandlers(errorHandler(deps))
    .withCustomUserAgent('babyfoot');
}
