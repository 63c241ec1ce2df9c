import type { RequestHandler } from 'ask-sdk-core';
import type { Directive } from 'ask-sdk-model';
import { tableLeague } from '../../domain/league/table-league';
import type { SkillDeps } from '../deps';
import { scoreboard } from '../display/scoreboard';
import { answer } from '../respond';
import { resultSpeech, scoreSpeech } from '../speech/score';
import { readTable } from '../table-access';
import { saveSession, turnOf } from '../turn';

/** Alexa lets a skill add up to 100 dynamic entities per slot type. */
const MAX_DYNAMIC_ENTITIES = 100;

/** The slot types that hold a player's name: the player slots, and who scored a goal. */
const NAME_TYPES = ['PlayerName', 'Scorer'] as const;

/** Teaches Alexa the account's players for this session, so their names are heard better. */
export function playerEntities(names: readonly string[]): Directive | undefined {
  if (names.length === 0) return undefined;
  const values = names.slice(0, MAX_DYNAMIC_ENTITIES).map((name) => ({
    id: name.toLowerCase(),
    name: { value: name, synonyms: [] },
  }));
  return {
    type: 'Dialog.UpdateDynamicEntities',
    updateBehavior: 'REPLACE',
    types: NAME_TYPES.map((type) => ({ name: type, values })),
  };
}

export const launchHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => input.requestEnvelope.request.type === 'LaunchRequest',
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    saveSession(input, { conversation: true });
    const live = await readTable(deps, turn);
    const { match } = live;
    const known = await deps.players.knownPlayers(tableLeague(live));
    const entities = playerEntities(known);
    if (entities) input.responseBuilder.addDirective(entities);
    if (match?.status === 'in_progress')
      return answer(input, t('launch.running', { score: scoreSpeech(t, match) }), scoreboard(t, match));
    if (match?.status === 'paused')
      return answer(input, t('launch.paused', { score: scoreSpeech(t, match) }), scoreboard(t, match));
    if (match?.status === 'finished') {
      return answer(input, t('launch.finished', { result: resultSpeech(t, match) }), scoreboard(t, match));
    }
    return answer(input, t('launch.noMatch'), { reprompt: t('launch.reprompt') });
  },
});
