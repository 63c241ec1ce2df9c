import type { RequestHandler } from 'ask-sdk-core';
import { NoTournamentError, TournamentOverError } from '../../../domain/errors';
import { abandonTournament } from '../../../domain/tournament';
import type { SkillDeps } from '../../deps';
import { answer } from '../../respond';
import { intentOf } from '../../slots';
import { progressSpeech } from '../../speech/tournament-standings';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { changeTournament, readTournament } from './tournament-access';

const ABANDON_TOURNAMENT_INTENT = 'AbandonTournamentIntent';

/** "Abandonne le tournoi": asks for confirmation first; the standings so far stay readable. */
export const abandonTournamentHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, ABANDON_TOURNAMENT_INTENT),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const confirmation = intentOf(input)?.confirmationStatus ?? 'NONE';
    if (confirmation === 'CONFIRMED') {
      await changeTournament(deps, turn, (current) => {
        if (!current) throw new NoTournamentError();
        return {
          write: { id: current.id, tournament: abandonTournament(current.tournament) },
          outcome: true,
        };
      });
      deps.log.info('tournament abandoned');
      return answer(input, t('tournament.abandoned'));
    }
    const { tournament } = await readTournament(deps, turn);
    if (tournament.status === 'finished' || tournament.status === 'abandoned') {
      throw new TournamentOverError(tournament.status);
    }
    if (confirmation === 'DENIED') return answer(input, t('tournament.kept'));
    input.responseBuilder.addConfirmIntentDirective({
      name: ABANDON_TOURNAMENT_INTENT,
      confirmationStatus: 'NONE',
    });
    return answer(input, t('tournament.abandonConfirm', { progress: progressSpeech(t, tournament) }), {
      question: true,
      reprompt: t('tournament.abandonConfirmReprompt'),
    });
  },
});
