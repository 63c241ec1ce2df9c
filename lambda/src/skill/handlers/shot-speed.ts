import type { RequestHandler } from 'ask-sdk-core';
import { fastestGoal } from '../../domain/match/shots';
import type { Match } from '../../domain/match/types';
import type { SkillDeps } from '../deps';
import { fastestShotDisplay } from '../display/shot-speed-screens';
import { answer } from '../respond';
import { slotChoice } from '../slots';
import { fastestShotSpeech, shotRecordSpeech } from '../speech/shot-speed';
import { changeMatch } from '../table-access';
import { type Turn, turnOf } from '../turn';
import { isIntent } from './predicates';
import { readStats } from './stats/stats-access';

/**
 * "What's the fastest shot?", "quel est le tir le plus rapide cette saison ?": the record of the
 * period said (all time when none is: a record is a record), from one read; screen and card.
 */
export const fastestShotHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'FastestShotIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const period =
      slotChoice(input, 'period', ['week', 'month', 'all', 'season', 'lastSeason'] as const) ?? 'all';
    const stats = await readStats(deps, turn, period);
    return answer(input, fastestShotSpeech(turn.t, stats, period), {
      reprompt: turn.t('stats.reprompt'),
      ...fastestShotDisplay(turn.t, stats, period),
    });
  },
});

/**
 * The season's record, when a goal of this match beat it and it was not said yet: "Goal for
 * Alice, 42 kilometres an hour: the fastest shot of the season!". Table goals are not spoken, so
 * the next voice answer about the match says it (the score, a goal said), once: the match
 * keeps the id of the goal announced. The season's document counts finished matches only, so
 * the match's own fastest goal is compared with it (a finished match's record is its own).
 * Anything failing here leaves the answer without the news.
 */
export async function shotRecordNews(deps: SkillDeps, turn: Turn, match: Match): Promise<string | undefined> {
  const fastest = fastestGoal(match);
  if (fastest === undefined || fastest.id === match.shotRecordSaid || deps.stats === undefined)
    return undefined;
  try {
    const record = (await readStats(deps, turn, 'season')).fastestShot;
    const beaten =
      record === undefined ||
      (record.resultId === match.id
        ? fastest.speedKmh >= record.speedKmh
        : fastest.speedKmh > record.speedKmh);
    if (!beaten) return undefined;
    await changeMatch(deps, turn, (current) =>
      current?.id === match.id && current.shotRecordSaid !== fastest.id
        ? { outcome: undefined, write: { match: { ...current, shotRecordSaid: fastest.id } } }
        : { outcome: undefined },
    );
    return shotRecordSpeech(turn.t, match, fastest);
  } catch (error) {
    deps.log.warn('shot record not told', { matchId: match.id, error });
    return undefined;
  }
}
