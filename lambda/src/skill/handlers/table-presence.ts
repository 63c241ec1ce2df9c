import type { RequestHandler } from 'ask-sdk-core';
import { sensorWarnings } from '../../shadow/sensor-warnings';
import type { SkillDeps } from '../deps';
import { answer } from '../respond';
import { presenceSpeech } from '../speech/presence';
import { sensorWarningSpeech } from '../speech/sensors';
import { tableOf } from '../table-access';
import { tableReportOf } from '../table-report';
import { turnOf } from '../turn';
import { isIntent } from './predicates';

export const TABLE_PRESENCE_INTENT = 'TablePresenceIntent';

/**
 * "Le babyfoot est allumé ?", "is the table on?": whether the table the Echo drives is
 * connected, from its shadow (`reported.connected`), and since when; a connected table's
 * sensors that are not ok are said too. Nothing is written.
 */
export const tablePresenceHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, TABLE_PRESENCE_INTENT),
  async handle(input) {
    const turn = turnOf(input);
    const thing = await tableOf(deps, turn);
    const report = await tableReportOf(deps, thing);
    const online = report?.presence?.connected === true;
    const speech = [
      presenceSpeech(turn.t, report, deps.now()),
      ...(online ? sensorWarnings(report?.sensors).map((sensor) => sensorWarningSpeech(turn.t, sensor)) : []),
    ];
    deps.log.info('table presence asked', { thingName: thing, connected: report?.presence?.connected });
    return answer(input, speech.join(' '));
  },
});
