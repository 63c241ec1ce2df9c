/**
 * What the table tells players (and the shadow) about one goal sensor. `unavailable` is the
 * driver's: nothing reads the sensor (for GPIO, `gpiomon` died); the beam rules never give it.
 */
export type SensorHealth = 'ok' | 'blocked' | 'noisy' | 'unavailable';

export interface SensorHealthRules {
  /** Window within which one goal per sensor can happen. */
  debounceMs: number;
  /** A beam cut longer than this is not a ball: something blocks the goal. */
  blockedAfterMs: number;
  /** This many cuts within `debounceMs` is faster than goals can happen: the sensor is noisy. */
  noisyBurst: number;
  /** Time with the beam whole and no cut after which a blocked or noisy sensor is trusted again. */
  quietMs: number;
}

export interface SensorHealthState {
  health: SensorHealth;
  /** When the beam was cut, while it is still cut. */
  cutSince?: number;
  /** Times of the cuts within the last debounce window, oldest first. */
  recentCuts: number[];
  /** Last cut or restore. */
  lastChangeAt?: number;
}

export const initialSensorHealth: SensorHealthState = { health: 'ok', recentCuts: [] };

/** The health of a sensor after its beam was cut or restored at `at`. */
export function beamChanged(
  state: SensorHealthState,
  change: { beam: 'cut' | 'restored'; at: number },
  rules: SensorHealthRules,
): SensorHealthState {
  if (change.beam === 'restored') {
    return { ...state, cutSince: undefined, lastChangeAt: change.at };
  }
  const recentCuts = [...state.recentCuts.filter((t) => change.at - t < rules.debounceMs), change.at];
  const health = recentCuts.length >= rules.noisyBurst ? 'noisy' : state.health;
  return { health, cutSince: change.at, recentCuts, lastChangeAt: change.at };
}

/** The health of a sensor once time has passed to `now` with no beam change. */
export function healthAt(state: SensorHealthState, now: number, rules: SensorHealthRules): SensorHealthState {
  if (state.cutSince !== undefined) {
    const blocked = now - state.cutSince >= rules.blockedAfterMs;
    return blocked && state.health !== 'blocked' ? { ...state, health: 'blocked' } : state;
  }
  const quiet = state.lastChangeAt === undefined || now - state.lastChangeAt >= rules.quietMs;
  return quiet && state.health !== 'ok' ? { ...state, health: 'ok', recentCuts: [] } : state;
}
