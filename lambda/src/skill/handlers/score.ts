import type { RequestHandler } from 'ask-sdk-core';
import { NoMatchRunningError } from '../../domain/errors';
import { type SensorWarning, sensorWarnings } from '../../shadow/sensor-warnings';
import type { SensorsReport } from '../../shadow/shadow-document';
import type { SkillDeps } from '../deps';
import { scoreboard } from '../display/scoreboard';
import { answer } from '../respond';
import { scoreSpeech } from '../speech/score';
import { sensorWarningSpeech } from '../speech/sensors';
import { tableOf } from '../table-access';
import { tableReportOf } from '../table-report';
import { turnOf } from '../turn';
import { isIntent } from './predicates';
import { shotRecordNews } from './shot-speed';

/**
 * "Quel est le score ?", "who's winning?": the match (one read) and, at the same time, the
 * table's sensor health from its shadow. A sensor that is not ok is said, and a goal of the
 * match that beat the season's fastest shot, once (then the match is written to remember it).
 */
export const scoreHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'ScoreIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const thing = await tableOf(deps, turn);
    const [live, report] = await Promise.all([deps.matches.load(thing), tableReportOf(deps, thing)]);
    const sensors = report?.sensors;
    const match = live.match;
    if (!match) throw new NoMatchRunningError();
    const faulty = faultySensors(sensors);
    if (faulty.length > 0)
      deps.log.warn('device error', { problem: 'goal sensor not ok', thingName: thing, sensors });
    const record = await shotRecordNews(deps, turn, match);
    const speech = [
      ...(record === undefined ? [] : [record]),
      scoreSpeech(turn.t, match),
      ...(match.status === 'paused' ? [turn.t('score.paused')] : []),
      ...faulty.map((sensor) => sensorWarningSpeech(turn.t, sensor)),
    ];
    return answer(input, speech.join(' '), scoreboard(turn.t, match, { card: true }));
  },
});

type FaultySensor = SensorWarning;

function faultySensors(sensors: SensorsReport | undefined): FaultySensor[] {
  return sensorWarnings(sensors);
}
