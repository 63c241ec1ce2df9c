import type { RequestHandler } from 'ask-sdk-core';
import { expiryDate } from '../../scoreboard/board-link-expiry';
import type { SkillDeps } from '../deps';
import { boardLinkScreen } from '../display/board-link-screen';
import { answer } from '../respond';
import { leagueOf } from '../table-access';
import { turnOf } from '../turn';
import { isIntent } from './predicates';

/**
 * "Donne-moi le lien du tableau", "send me the scoreboard link": a new read-only link to the
 * league's web scoreboard, on a card in the Alexa app (a URL is no use spoken aloud). The
 * league is the one of the table the requesting Echo drives, never what was said.
 */
export const scoreboardLinkHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'ScoreboardLinkIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t, locale } = turn;
    if (!deps.scoreboard) return answer(input, t('scoreboard.unavailable'));
    const { url, expiresAt } = await deps.scoreboard.create(await leagueOf(deps, turn));
    deps.log.info('scoreboard link made', { expiresAt });
    const until = expiryDate(expiresAt, locale);
    const card = {
      title: t('scoreboard.link.cardTitle'),
      text: t('scoreboard.link.cardText', { url, until }),
    };
    return answer(input, t('scoreboard.link.sent'), { card, screen: boardLinkScreen(t, url, until) });
  },
});

/** "Révoque le lien du tableau", "revoke the scoreboard link": every link of the league stops working. */
export const revokeScoreboardLinkHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'RevokeScoreboardLinkIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    if (!deps.scoreboard) return answer(input, t('scoreboard.unavailable'));
    const revoked = await deps.scoreboard.revokeAll(await leagueOf(deps, turn));
    deps.log.info('scoreboard links revoked', { revoked });
    return answer(input, t(revoked > 0 ? 'scoreboard.revoke.done' : 'scoreboard.revoke.none'));
  },
});

/**
 * "Prolonge le lien du tableau", "renew the scoreboard link": the league's links that still work
 * work for 90 more days from now, and the answer says until when. An expired link is not brought
 * back: the answer suggests asking for a new one.
 */
export const renewScoreboardLinkHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'RenewScoreboardLinkIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t, locale } = turn;
    if (!deps.scoreboard) return answer(input, t('scoreboard.unavailable'));
    const { renewed, expiresAt } = await deps.scoreboard.renewAll(await leagueOf(deps, turn));
    deps.log.info('scoreboard links renewed', { renewed, expiresAt });
    if (renewed === 0) return answer(input, t('scoreboard.renew.none'));
    return answer(
      input,
      t('scoreboard.renew.done', { count: renewed, until: expiryDate(expiresAt, locale) }),
    );
  },
});
