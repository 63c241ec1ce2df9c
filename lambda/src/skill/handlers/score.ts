import type { RequestHandler } from 'ask-sdk-core';
import { NoMatchRunningError } from '../../domain/errors';
import type { Translate } from '../../i18n/translator';
import { type SensorWarning, sensorWarnings } from '../../shadow/sensor-warnings';
import type { SensorsReport } from '../../shadow/shadow-document';
import type { SkillDeps } from '../deps';
import { scoreboard } from '../display/scoreboard';
import { answer } from '../respond';
import { scoreSpeech } from '../speech/score';
import { tableOf } from '../table-access';
import { turnOf } from '../turn';
import { isIntent } from './predicates';

/**
 * "Quel est le score ?", "who's winning?": the match (one read) and, at the same time, the
 * table's sensor health from its shadow; nothing written. A sensor that is not ok is said.
 */
export const scoreHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'ScoreIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const thing = await tableOf(deps, turn);
    const [live, sensors] = await Promise.all([deps.matches.load(thing), sensorsOf(deps, thing)]);
    const match = live.match;
    if (!match) throw new NoMatchRunningError();
    const faulty = faultySensors(sensors);
    if (faulty.length > 0)
      deps.log.warn('device error', { problem: 'goal sensor not ok', thingName: thing, sensors });
    const speech = [
      scoreSpeech(turn.t, match),
      ...(match.status === 'paused' ? [turn.t('score.paused')] : []),
      ...faulty.map((sensor) => sensorWarning(turn.t, sensor)),
    ];
    return answer(input, speech.join(' '), scoreboard(turn.t, match, { card: true }));
  },
});

type FaultySensor = SensorWarning;

/** The shadow is a nice-to-have here: unreachable or slow, the score is said without it. */
async function sensorsOf(deps: SkillDeps, thing: string): Promise<SensorsReport | undefined> {
  try {
    return await deps.health?.sensors(thing);
  } catch (error) {
    deps.log.warn('table health unknown', { thingName: thing, error: String(error) });
    return undefined;
  }
}

function faultySensors(sensors: SensorsReport | undefined): FaultySensor[] {
  return sensorWarnings(sensors);
}

function sensorWarning(t: Translate, sensor: FaultySensor): string {
  return t(`health.sensor.${sensor.state}`, { goal: t(`health.goal.${sensor.goal}`) });
}
