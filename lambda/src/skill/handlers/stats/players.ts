import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { PeriodKind } from '../../../domain/stats';
import type { SkillDeps } from '../../deps';
import { headToHeadDisplay, playerStatsDisplay } from '../../display/stats-player-screens';
import { answer } from '../../respond';
import { headToHeadSpeech, playerStatsSpeech } from '../../speech/stats-player';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { readStatsAbout, settledQuestion } from './stats-access';
import { statsPlayerName, statsQuestion } from './stats-request';

/** "Alice's stats", "le bilan de Bob cette semaine": one player's record, goals, streaks and companions. */
export const playerStatsHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'PlayerStatsIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const name = statsPlayerName(input, 'player');
    if (name === undefined) return answer(input, turn.t('stats.askPlayer'), { question: true });
    const { period } = await settledQuestion(deps, turn, statsQuestion(input));
    return playerStatsAnswer(deps, input, name, period);
  },
});

/** One player's stats over a period, said and shown (asked by voice, or a tap on a ranking's row). */
export async function playerStatsAnswer(
  deps: SkillDeps,
  input: HandlerInput,
  name: string,
  period: PeriodKind,
): Promise<Response> {
  const turn = turnOf(input);
  const stats = await readStatsAbout(deps, turn, period, [name]);
  return answer(input, playerStatsSpeech(turn, stats, name, period), {
    reprompt: turn.t('stats.reprompt'),
    ...playerStatsDisplay(turn.t, stats, name, period),
  });
}

/** "Alice contre Bob ?", "how does Alice do against Bob?": their matches on opposite sides. */
export const headToHeadHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'HeadToHeadIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const first = statsPlayerName(input, 'playerOne');
    const second = statsPlayerName(input, 'playerTwo');
    if (first === undefined || second === undefined)
      return answer(input, turn.t('stats.askTwoPlayers'), { question: true });
    const { period } = await settledQuestion(deps, turn, statsQuestion(input));
    const stats = await readStatsAbout(deps, turn, period, [first, second]);
    return answer(input, headToHeadSpeech(turn, stats, first, second, period), {
      reprompt: turn.t('stats.reprompt'),
      ...headToHeadDisplay(turn.t, stats, first, second, period),
    });
  },
});
