import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { NoMatchRunningError, UnknownPlayerError } from '../../../domain/errors';
import { type AccountStats, findPlayer, nearestNames } from '../../../domain/stats';
import type { SkillDeps } from '../../deps';
import { predictionDisplay } from '../../display/stats-player-screens';
import { answer } from '../../respond';
import { predictionSpeech } from '../../speech/stats-prediction';
import { isActive, readMatch } from '../../table-access';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { readStats } from './stats-access';
import { statsPlayerName } from './stats-request';

interface Pairing {
  teamA: string[];
  teamB: string[];
}

function namedPairing(input: HandlerInput): Pairing {
  const names = (slots: readonly string[]) => slots.flatMap((slot) => statsPlayerName(input, slot) ?? []);
  return {
    teamA: names(['teamOnePlayerOne', 'teamOnePlayerTwo']),
    teamB: names(['teamTwoPlayerOne', 'teamTwoPlayerTwo']),
  };
}

/**
 * A name said aloud that has no rating but sounds like a known player was most likely
 * misheard: ask about it rather than predict for a newcomer.
 * @throws UnknownPlayerError with the nearest known names.
 */
function refuseMisheard(stats: AccountStats, names: readonly string[]): void {
  const known = stats.players.map((player) => player.name);
  for (const name of names) {
    if (findPlayer(stats, name) !== undefined) continue;
    const nearest = nearestNames(known, name);
    if (nearest.length > 0) throw new UnknownPlayerError(name, nearest);
  }
}

/**
 * "Qui va gagner ?" for the match on the table (its teams from the live item, read alongside
 * the all-time stats), or a named pairing: "Alice et Bob contre Carole et David, qui gagne ?".
 */
export const predictionHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'PredictionIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const named = namedPairing(input);
    const reprompt = turn.t('stats.reprompt');
    if (named.teamA.length > 0 || named.teamB.length > 0) {
      if (named.teamA.length === 0 || named.teamB.length === 0)
        return answer(input, turn.t('stats.askTwoSides'), { question: true });
      const stats = await readStats(deps, turn, 'all');
      refuseMisheard(stats, [...named.teamA, ...named.teamB]);
      return answer(input, predictionSpeech(turn, stats, named.teamA, named.teamB), {
        reprompt,
        ...predictionDisplay(turn.t, stats, named.teamA, named.teamB),
      });
    }
    const [match, stats] = await Promise.all([readMatch(deps, turn), readStats(deps, turn, 'all')]);
    if (!isActive(match)) throw new NoMatchRunningError();
    return answer(input, predictionSpeech(turn, stats, match.teams.red, match.teams.blue), {
      reprompt,
      ...predictionDisplay(turn.t, stats, match.teams.red, match.teams.blue),
    });
  },
});
