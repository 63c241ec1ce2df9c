import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SkillDeps } from '../../deps';
import { playerRankDisplay, rankingDisplay } from '../../display/stats-ranking-screens';
import { answer } from '../../respond';
import { leaderSpeech, playerRankSpeech, rankingSpeech } from '../../speech/stats-ranking';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { readStats, readStatsAbout, settledQuestion } from './stats-access';
import { statsPlayerName, statsQuestion, topCount } from './stats-request';

/**
 * The players' ranking asked about (by wins, all time, the top 3 unless the slots say
 * otherwise), spoken, on screen and as a card. Also the answer to a bare "classement" when no
 * tournament owns it (see the tournament standings handler).
 */
export async function rankingAnswer(deps: SkillDeps, input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const question = await settledQuestion(deps, turn, statsQuestion(input));
  const stats = await readStats(deps, turn, question.period);
  return answer(input, rankingSpeech(turn, stats, question, topCount(input)), {
    reprompt: turn.t('stats.reprompt'),
    ...rankingDisplay(turn, stats, question),
  });
}

/** "Classement", "top 3", "rankings by rating this month": the top places, from one read. */
export const rankingHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'RankingIntent'),
  handle: (input) => rankingAnswer(deps, input),
});

/** "Qui est le meilleur ?", "who's number one in singles?": the first place (shared when level). */
export const leaderHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'LeaderIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const question = await settledQuestion(deps, turn, statsQuestion(input));
    const stats = await readStats(deps, turn, question.period);
    return answer(input, leaderSpeech(turn, stats, question), {
      reprompt: turn.t('stats.reprompt'),
      ...rankingDisplay(turn, stats, question, { highlightLeaders: true }),
    });
  },
});

/** "What's Alice's rank?", "où se classe Bob ce mois-ci ?". */
export const playerRankHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'PlayerRankIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const name = statsPlayerName(input, 'player');
    if (name === undefined) return rankingAnswer(deps, input);
    const question = await settledQuestion(deps, turn, statsQuestion(input));
    const stats = await readStatsAbout(deps, turn, question.period, [name]);
    return answer(input, playerRankSpeech(turn, stats, name, question), {
      reprompt: turn.t('stats.reprompt'),
      ...playerRankDisplay(turn, stats, name, question),
    });
  },
});
