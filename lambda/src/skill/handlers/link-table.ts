import type { RequestHandler } from 'ask-sdk-core';
import { parsePairingCode } from '../../pairing/pairing-code';
import { MalformedPairingCodeError } from '../../pairing/pairing-errors';
import { spokenTableName } from '../../pairing/pairing-speech';
import type { SkillDeps } from '../deps';
import { askForSlot } from '../pending-question';
import { answer } from '../respond';
import { intentOf, slotText } from '../slots';
import { turnOf } from '../turn';
import { isIntent } from './predicates';

/**
 * "Associe le babyfoot 4 7 1 2", "link table 4712": links this Echo (the request's account and
 * device, never what was said) to the table showing the code, uses the code up, and takes it
 * off the table's display. With no code heard, asks for it.
 */
export const linkTableHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'LinkTableIntent'),
  async handle(input) {
    const { t, accountId, deviceId } = turnOf(input);
    const heard = slotText(input, 'code');
    if (heard === undefined) {
      const intent = intentOf(input);
      const question = { speech: t('pairing.askCode'), reprompt: t('pairing.askCodeReprompt') };
      if (intent) return askForSlot(input, { intent, slot: 'code', ...question });
      return answer(input, question.speech, { question: true, reprompt: question.reprompt });
    }
    const code = parsePairingCode(heard);
    if (code === undefined) throw new MalformedPairingCodeError();
    if (!deps.pairings) return answer(input, t('pairing.errors.unavailable'));
    const thingName = await deps.pairings.link({ accountId, deviceId, code, now: deps.now() });
    deps.log.info('echo linked to a table', { thingName });
    try {
      await deps.shadows?.showPairing(thingName, null);
    } catch (error) {
      // Linked all the same; the table hides the used code when it expires.
      deps.log.warn('pairing code not cleared from the table', { thingName, error: String(error) });
    }
    return answer(input, t('pairing.linked', { table: spokenTableName(thingName) }));
  },
});
