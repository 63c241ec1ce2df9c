import type { Translate } from '../../i18n/translator';
import type { SensorWarning } from '../../shadow/sensor-warnings';

/** "Heads up: the blue goal's sensor looks blocked." */
export function sensorWarningSpeech(t: Translate, sensor: SensorWarning): string {
  return t(`health.sensor.${sensor.state}`, { goal: t(`health.goal.${sensor.goal}`) });
}
