import type { RequestHandler } from 'ask-sdk-core';
import { NoTournamentError } from '../../../domain/errors';
import { setTournamentRules, tournamentMatchRules } from '../../../domain/tournament';
import type { SkillDeps } from '../../deps';
import { answer } from '../../respond';
import { slotNumber } from '../../slots';
import { describeRules } from '../../speech/rules';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { changeTournament } from './tournament-access';

/** "Tournoi en 7 points", "tournament matches best of 3": for the matches started from now on. */
export const setTournamentRulesHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'SetTournamentRulesIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const change = { target: slotNumber(input, 'target'), bestOf: slotNumber(input, 'bestOf') };
    const tournament = await changeTournament(deps, turn, (current) => {
      if (!current) throw new NoTournamentError();
      const next = setTournamentRules(current.tournament, change);
      return { write: { id: current.id, tournament: next }, outcome: next };
    });
    const { t } = turn;
    return answer(
      input,
      t('tournament.rulesChanged', { rules: describeRules(t, tournamentMatchRules(tournament)) }),
    );
  },
});
