import type { SensorState, SensorsReport } from './shadow-document';

/** A goal sensor the table reports as not ok, keyed by the goal it sits in. */
export interface SensorWarning {
  goal: 'red' | 'blue';
  state: Exclude<SensorState, 'ok'>;
}

/** The sensors worth telling players about, red's goal first; none when the table never reported. */
export function sensorWarnings(sensors: SensorsReport | undefined): SensorWarning[] {
  const warnings: SensorWarning[] = [];
  for (const goal of ['red', 'blue'] as const) {
    const state = sensors?.[goal];
    if (state !== undefined && state !== 'ok') warnings.push({ goal, state });
  }
  return warnings;
}
