import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { planNameChange } from '../../../domain/league/merge-names';
import type { SkillDeps } from '../../deps';
import { nameChangeDisplay } from '../../display/league-screens';
import { answer } from '../../respond';
import { slotPlayerOnly } from '../../slots';
import { ofNames } from '../../speech/names';
import { escapeSsml } from '../../speech/ssml';
import { leagueOf } from '../../table-access';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { askToConfirm, confirmationOf, recordsOf } from './league-access';

/**
 * "Alicia, c'est Alice" / "Alicia is Alice" (a misheard name or a nickname: two names, one
 * player) and "renomme Bob en Robert" / "rename Bob to Robert": after a yes, every match of the
 * league carries the kept name, and the stats are recounted from them. Two names that played
 * in one match are two people: refused.
 */
export const renamePlayerHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'MergePlayersIntent', 'RenamePlayerIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const records = recordsOf(deps);
    const names = namesSaid(input);
    if (names === undefined) return answer(input, t('league.names.askNames'), { question: true });
    const confirmation = confirmationOf(input);
    if (confirmation === 'DENIED') return answer(input, t('league.names.kept'));
    const league = await leagueOf(deps, turn);
    const allTime = await records.allTime(league, deps.now());
    const change = planNameChange(allTime, names.from, names.to);
    const spoken = {
      from: escapeSsml(change.from),
      to: escapeSsml(change.to),
      ofFrom: ofNames(t, [change.from]),
      ofTo: ofNames(t, [change.to]),
    };
    if (confirmation === 'CONFIRMED') {
      const { matches } = await records.renamePlayer(league, change);
      deps.log.info('player renamed', { merge: change.merge, matches });
      const speech = change.merge
        ? t('league.names.merged', { ...spoken, count: matches })
        : t('league.names.renamed', spoken);
      return answer(input, speech, nameChangeDisplay(t, { ...change, matches }));
    }
    return askToConfirm(
      input,
      t(change.merge ? 'league.names.confirmMerge' : 'league.names.confirmRename', spoken),
      t('league.names.reprompt'),
    );
  },
});

/** The name that goes and the name kept, from either intent's slots. */
function namesSaid(input: HandlerInput): { from: string; to: string } | undefined {
  const from = slotPlayerOnly(input, 'from');
  const to = slotPlayerOnly(input, 'to');
  return from === undefined || to === undefined ? undefined : { from, to };
}
