import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../deps';
import { askPendingQuestionAgain } from '../pending-question';
import { answer } from '../respond';
import { readMatch } from '../table-access';
import { type SessionState, saveSession, turnOf } from '../turn';
import { isIntent, isRequest } from './predicates';
import { tournamentHelpKey } from './tournament';

/** Help that depends on where the players are: no match, match running, paused. */
export const helpHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const match = await readMatch(deps, turn);
    const key =
      match?.status === 'in_progress'
        ? 'help.running'
        : match?.status === 'paused'
          ? 'help.paused'
          : ((await tournamentHelpKey(deps, turn)) ?? 'help.none');
    return answer(input, `${t(key)} ${t('stats.help')}`, { question: true });
  },
});

/** Stop, cancel, "go home": the match itself goes on; only a dialog in progress is dropped. */
export const stopHandler = (): RequestHandler => ({
  canHandle: (input) =>
    isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  handle(input) {
    const { t, session } = turnOf(input);
    const speech = t(`stop.${droppedDialog(session)}`);
    saveSession(input, {});
    return input.responseBuilder.speak(speech).withShouldEndSession(true).getResponse();
  },
});

/** Which dialog a stop drops, so the goodbye says what did not happen. */
function droppedDialog(session: SessionState): 'noNewMatch' | 'noNewTournament' | 'noLink' | 'bye' {
  if (session.dialog === 'startMatch') return 'noNewMatch';
  const asked = session.pending?.intent.name;
  if (asked === 'CreateTournamentIntent') return 'noNewTournament';
  if (asked === 'LinkTableIntent') return 'noLink';
  return 'bye';
}

/** Something the model did not recognise: say what can be said, and keep listening. */
export const fallbackHandler = (): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'AMAZON.FallbackIntent'),
  handle(input) {
    const { t } = turnOf(input);
    // In a dialog, the question is asked again: what was already said is kept.
    const again = askPendingQuestionAgain(input, t('fallback.again'));
    return again ?? answer(input, t('fallback.text'), { question: true, reprompt: t('fallback.reprompt') });
  },
});

/** "Yes" or "no" with no question pending (confirmations arrive as the confirmed intent). */
export const yesNoHandler = (): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent'),
  handle(input) {
    const { t } = turnOf(input);
    return answer(input, t('yesNo.nothingPending'), { question: true });
  },
});

/** The session closed (the player left, or silence); nothing to say, but errors are logged. */
export const sessionEndedHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isRequest(input, 'SessionEndedRequest'),
  handle(input) {
    const request = input.requestEnvelope.request;
    if (request.type === 'SessionEndedRequest') {
      const fields = { reason: request.reason, error: request.error };
      if (request.reason === 'ERROR') deps.log.warn('session ended with an error', fields);
      else deps.log.info('session ended', fields);
    }
    return input.responseBuilder.getResponse();
  },
});

/** An intent this skill does not know (a model newer than the code, or a bad request). */
export const unknownIntentHandler = (): RequestHandler => ({
  canHandle: (input) => isRequest(input, 'IntentRequest'),
  handle(input) {
    const { t } = turnOf(input);
    // In a dialog, the question is asked again: what was already said is kept.
    const again = askPendingQuestionAgain(input, t('fallback.again'));
    return again ?? answer(input, t('fallback.text'), { question: true, reprompt: t('fallback.reprompt') });
  },
});
