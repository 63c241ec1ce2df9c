import type { RequestHandler } from 'ask-sdk-core';
import { SeasonEmptyError } from '../../../domain/errors';
import type { SkillDeps } from '../../deps';
import { podiumDisplay } from '../../display/league-screens';
import { answer } from '../../respond';
import { slotChoice } from '../../slots';
import { podiumSpeech } from '../../speech/league';
import { leagueOf } from '../../table-access';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { askToConfirm, confirmationOf, recordsOf } from './league-access';

/**
 * "Nouvelle saison", "start a new season [keeping the ratings]": after a yes, closes the
 * league's running season (its standings kept, askable as "last season") and announces its
 * podium; rankings, stats and ratings start afresh, or from the ratings carried over, softened.
 * All-time figures keep counting.
 * @throws SeasonEmptyError when the running season has no match (closed twice in a row).
 */
export const newSeasonHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'NewSeasonIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const records = recordsOf(deps);
    const league = await leagueOf(deps, turn);
    const carryRatings = slotChoice(input, 'ratings', ['keep'] as const) === 'keep';
    const confirmation = confirmationOf(input);
    if (confirmation === 'DENIED') return answer(input, t('league.season.kept'));
    if (confirmation === 'CONFIRMED') {
      const closed = await records.closeSeason(league, deps.now(), { carryRatings });
      deps.log.info('season closed', { season: closed.number, matches: closed.matches });
      const speech = t(carryRatings ? 'league.season.doneCarry' : 'league.season.done', {
        number: closed.number,
        next: closed.number + 1,
        podium: podiumSpeech(t, closed.podium),
      });
      return answer(input, speech, podiumDisplay(t, closed));
    }
    const [seasons, running] = await Promise.all([
      records.seasons(league),
      deps.stats?.readPeriod(league, 'season', deps.now()),
    ]);
    const number = seasons.current.number;
    const count = running?.matches ?? 0;
    if (count === 0) throw new SeasonEmptyError(number);
    return askToConfirm(
      input,
      t(carryRatings ? 'league.season.confirmCarry' : 'league.season.confirm', { number, count }),
      t('league.season.confirmReprompt'),
    );
  },
});
