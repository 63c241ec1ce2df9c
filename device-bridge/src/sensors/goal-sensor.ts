import type { TeamColor } from '../team';

/** A change of the light beam across one goal's mouth. */
export interface BeamChange {
  /** Whose goal the sensor sits in (the team defending it), not who scores. */
  goal: TeamColor;
  beam: 'cut' | 'restored';
  /** Epoch ms. */
  at: number;
}

export type BeamListener = (change: BeamChange) => void;

/**
 * The goal sensors of a table (one beam per goal), whatever drives them. Drivers only
 * report beam changes; deciding what is a goal (debounce, health) is `GoalDetector`'s job.
 */
export interface GoalSensor {
  start(): Promise<void>;
  stop(): Promise<void>;
  onBeamChange(listener: BeamListener): void;
}
