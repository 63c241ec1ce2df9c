import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../deps';
import { askPendingQuestionAgain } from '../pending-question';
import { answer } from '../respond';
import { readMatch } from '../table-access';
import { type SessionState, saveSession, type Turn, turnOf } from '../turn';
import { isIntent, isRequest } from './predicates';
import { tournamentHelpKey } from './tournament';

/** Where the players are, for help and for what to suggest after a misunderstanding. */
type TableState = 'running' | 'paused' | 'registering' | 'tournament' | 'none';

async function tableState(deps: SkillDeps, turn: Turn): Promise<TableState> {
  const match = await readMatch(deps, turn);
  if (match?.status === 'in_progress') return 'running';
  if (match?.status === 'paused') return 'paused';
  const tournament = await tournamentHelpKey(deps, turn);
  if (tournament === 'tournament.help.registering') return 'registering';
  if (tournament === 'tournament.help.running') return 'tournament';
  return 'none';
}

const HELP_KEYS: Record<TableState, string> = {
  running: 'help.running',
  paused: 'help.paused',
  registering: 'tournament.help.registering',
  tournament: 'tournament.help.running',
  none: 'help.none',
};

/** Help that depends on where the players are: no match, match running, paused, a tournament. */
export const helpHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const key = HELP_KEYS[await tableState(deps, turn)];
    return answer(input, `${turn.t(key)} ${turn.t('stats.help')}`, { question: true });
  },
});

/** "Repeat", "répète", "say that again": the last answer again, word for word (tables are noisy). */
export const repeatHandler = (): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  handle(input) {
    const { t, session } = turnOf(input);
    // A question still waiting for its answer is asked again, so the answer still fills it.
    const again = askPendingQuestionAgain(input);
    if (again) return again;
    const last = session.lastAnswer;
    if (!last) return answer(input, t('repeat.nothing'), { question: true });
    return answer(
      input,
      last.speech,
      last.reprompt === undefined ? {} : { question: true, reprompt: last.reprompt },
    );
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

/**
 * Something the model did not recognise. In a dialog, the question is asked again (what was
 * already said is kept); otherwise Alexa suggests what players most often mean at this point of
 * the game: Alexa does not tell the skill the words she heard, only that none of its intents fit.
 */
export const fallbackHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'AMAZON.FallbackIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const again = askPendingQuestionAgain(input, t('fallback.again'));
    if (again) return again;
    const state = await tableState(deps, turn);
    return answer(input, t(`fallback.${state}`), { question: true, reprompt: t('fallback.reprompt') });
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

/**
 * `System.ExceptionEncountered`: a response of this skill (a directive, the speech) was
 * refused by Alexa. Alexa takes no speech here, only an empty response; the cause is logged.
 */
export const systemExceptionHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isRequest(input, 'System.ExceptionEncountered'),
  handle(input) {
    const request = input.requestEnvelope.request;
    if (request.type === 'System.ExceptionEncountered') {
      deps.log.error('Alexa refused a response', { error: request.error, cause: request.cause });
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
