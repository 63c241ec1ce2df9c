import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../deps';
import { abandonTournamentHandler } from './abandon';
import { createTournamentHandler } from './create';
import { tournamentForfeitHandler } from './forfeit';
import { nextTournamentMatchHandler, startNextTournamentMatchHandler } from './next-match';
import { addTournamentPlayerHandler, removeTournamentPlayerHandler } from './roster';
import { setTournamentRulesHandler } from './rules';
import { tournamentProgressHandler, tournamentStandingsHandler } from './standings';
import { startTournamentHandler } from './start';

export { tournamentHelpKey, tournamentNewsAfter } from './news';
export { tournamentRecordWriter } from './tournament-record-writer';

/** Every tournament intent's handler, for the skill builder. */
export function tournamentHandlers(deps: SkillDeps): RequestHandler[] {
  return [
    createTournamentHandler(deps),
    addTournamentPlayerHandler(deps),
    removeTournamentPlayerHandler(deps),
    setTournamentRulesHandler(deps),
    startTournamentHandler(deps),
    nextTournamentMatchHandler(deps),
    startNextTournamentMatchHandler(deps),
    tournamentForfeitHandler(deps),
    tournamentStandingsHandler(deps),
    tournamentProgressHandler(deps),
    abandonTournamentHandler(deps),
  ];
}
