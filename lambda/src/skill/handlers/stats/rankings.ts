import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../deps';
import { answer } from '../../respond';
import { leaderSpeech, playerRankSpeech, rankingSpeech } from '../../speech/stats-ranking';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { readStats, readStatsAbout } from './stats-access';
import { statsPlayerName, statsQuestion, topCount } from './stats-request';

/** "Classement", "top 3", "rankings by rating this month": the top places, from one read. */
export const rankingHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'RankingIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const question = statsQuestion(input);
    const stats = await readStats(deps, turn, question.period);
    return answer(input, rankingSpeech(turn, stats, question, topCount(input)), {
      reprompt: turn.t('stats.reprompt'),
    });
  },
});

/** "Qui est le meilleur ?", "who's number one in singles?": the first place (shared when level). */
export const leaderHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'LeaderIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const question = statsQuestion(input);
    const stats = await readStats(deps, turn, question.period);
    return answer(input, leaderSpeech(turn, stats, question), { reprompt: turn.t('stats.reprompt') });
  },
});

/** "What's Alice's rank?", "où se classe Bob ce mois-ci ?". */
export const playerRankHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'PlayerRankIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const name = statsPlayerName(input, 'player');
    const question = statsQuestion(input);
    if (name === undefined) {
      const stats = await readStats(deps, turn, question.period);
      return answer(input, rankingSpeech(turn, stats, question, topCount(input)), {
        reprompt: turn.t('stats.reprompt'),
      });
    }
    const stats = await readStatsAbout(deps, turn, question.period, [name]);
    return answer(input, playerRankSpeech(turn, stats, name, question), {
      reprompt: turn.t('stats.reprompt'),
    });
  },
});
