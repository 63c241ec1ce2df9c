import type { RequestHandler } from 'ask-sdk-core';
import { tableLeague } from '../../domain/league/table-league';
import { linkEcho } from '../../pairing/link-echo';
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
 * off the table's display. The account joins the table's league if it had none (see
 * "add this table to our league"). With no code heard, asks for it.
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
    const { pairings } = deps;
    if (!pairings) return answer(input, t('pairing.errors.unavailable'));
    const thingName = await linkEcho({ ...deps, pairings }, { accountId, deviceId, code, now: deps.now() });
    await deps.leagues?.join(accountId, tableLeague(await deps.matches.load(thingName)), thingName);
    return answer(input, t('pairing.linked', { table: spokenTableName(thingName) }));
  },
});

/**
 * "Oublie ce babyfoot", "unlink this table": removes this Echo's link (the request's account
 * and device). It then drives what an Echo never linked drives: the default table, or none,
 * and is told how to link again.
 */
export const unlinkTableHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'UnlinkTableIntent'),
  async handle(input) {
    const { t, accountId, deviceId } = turnOf(input);
    if (!deps.pairings) return answer(input, t('pairing.errors.unavailable'));
    const thingName = await deps.pairings.unlink(accountId, deviceId);
    if (thingName === undefined) return answer(input, t('pairing.unlink.none'));
    deps.log.info('echo unlinked from a table', { thingName });
    return answer(input, t('pairing.unlink.done', { table: spokenTableName(thingName) }));
  },
});
