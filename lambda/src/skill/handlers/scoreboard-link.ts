import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../deps';
import { answer } from '../respond';
import { turnOf } from '../turn';
import { isIntent } from './predicates';

/**
 * "Donne-moi le lien du tableau", "send me the scoreboard link": a new read-only link to the
 * account's web scoreboard, on a card in the Alexa app (a URL is no use spoken aloud). The
 * account comes from the request's identity only.
 */
export const scoreboardLinkHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'ScoreboardLinkIntent'),
  async handle(input) {
    const { t, accountId } = turnOf(input);
    if (!deps.scoreboard) return answer(input, t('scoreboard.unavailable'));
    const url = await deps.scoreboard.create(accountId);
    deps.log.info('scoreboard link made');
    const card = { title: t('scoreboard.link.cardTitle'), text: t('scoreboard.link.cardText', { url }) };
    return answer(input, t('scoreboard.link.sent'), { card });
  },
});

/** "Révoque le lien du tableau", "revoke the scoreboard link": every link of the account stops working. */
export const revokeScoreboardLinkHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'RevokeScoreboardLinkIntent'),
  async handle(input) {
    const { t, accountId } = turnOf(input);
    if (!deps.scoreboard) return answer(input, t('scoreboard.unavailable'));
    const revoked = await deps.scoreboard.revokeAll(accountId);
    deps.log.info('scoreboard links revoked', { revoked });
    return answer(input, t(revoked > 0 ? 'scoreboard.revoke.done' : 'scoreboard.revoke.none'));
  },
});
