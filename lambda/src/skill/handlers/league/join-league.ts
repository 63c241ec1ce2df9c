import type { RequestHandler } from 'ask-sdk-core';
import { TableLeagueMoveError } from '../../../domain/errors';
import { tableLeague } from '../../../domain/league/table-league';
import type { SkillDeps } from '../../deps';
import { answer } from '../../respond';
import { isActive, readTable } from '../../table-access';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';

/**
 * "Ajoute ce babyfoot à notre ligue", "add this table to our league": the table this Echo
 * drives joins the league of the account (the league it joined when one of its Echos was first
 * linked to a table). Only a table with no match of its own yet can join: a league's records
 * are never mixed with another's.
 * @throws TableLeagueMoveError saying why the table stays where it is.
 */
export const joinLeagueHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'JoinLeagueIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const { leagues } = deps;
    if (!leagues) return answer(input, t('errors.generic'));
    const [live, home] = await Promise.all([readTable(deps, turn), leagues.homeLeague(turn.accountId)]);
    const current = tableLeague(live);
    if (home === current) throw new TableLeagueMoveError('already');
    if (home === undefined) throw new TableLeagueMoveError('noOtherLeague');
    if (isActive(live.match)) throw new TableLeagueMoveError('matchRunning');
    if (await leagues.hasMatches(current)) throw new TableLeagueMoveError('hasMatches');
    await leagues.moveTable(live, home);
    deps.log.info('table joined a league', { thingName: live.thingName });
    return answer(input, t('league.join.done'), {
      card: { title: t('league.display.joinedTitle'), text: t('league.join.done') },
    });
  },
});
