/** The two beams of a goal that times shots: the goal beam, then one `distanceMm` behind it. */
export interface ShotSpeedRules {
  /** Between the two beams, mm (a few centimetres). */
  distanceMm: number;
  /** The second beam must be cut this soon after the first (ms), else the shot is not timed. */
  windowMs: number;
}

/** When a beam was cut: the bridge's clock (ms), and the kernel's edge timestamp (µs) when known. */
export interface CutTime {
  at: number;
  edgeUs?: number;
}

/** The fastest a measure is believed (km/h); the device protocol's ceiling. */
export const MAX_SPEED_KMH = 200;

/**
 * The ball's speed from the time between the cuts of a goal's two beams: the kernel's edge
 * timestamps when both have one (µs, the same clock for one chip), else the bridge's clock.
 * Undefined when the second cut comes too late, not after the first, or gives an impossible speed.
 */
export function shotSpeedKmh(first: CutTime, second: CutTime, rules: ShotSpeedRules): number | undefined {
  const elapsedMs =
    first.edgeUs !== undefined && second.edgeUs !== undefined
      ? (second.edgeUs - first.edgeUs) / 1000
      : second.at - first.at;
  if (!(elapsedMs > 0) || elapsedMs > rules.windowMs) return undefined;
  // mm per ms is m/s; 3.6 km/h per m/s. One decimal is all the beams can tell.
  const kmh = Math.round((rules.distanceMm / elapsedMs) * 3.6 * 10) / 10;
  return kmh > 0 && kmh <= MAX_SPEED_KMH ? kmh : undefined;
}
