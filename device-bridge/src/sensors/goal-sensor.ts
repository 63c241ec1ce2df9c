import type { TeamColor } from '../team';

/** A change of the light beam across one goal's mouth. */
export interface BeamChange {
  /** Whose goal the sensor sits in (the team defending it), not who scores. */
  goal: TeamColor;
  beam: 'cut' | 'restored';
  /** Epoch ms. */
  at: number;
  /** `speed`: the second beam a few centimetres behind the goal's, that times the shot; absent: the goal's beam. */
  line?: 'speed';
  /** The kernel's timestamp of the edge, µs, when the driver has one (a finer clock for shot speed). */
  edgeUs?: number;
}

export type BeamListener = (change: BeamChange) => void;

/** A driver that stopped, or started again, reading some goals' sensors. */
export interface SensorFault {
  goals: TeamColor[];
  /**
   * `lost`: no readings, a restart is coming; `back`: reading again; `gave-up`: the driver
   * restarted as often as it may and stays down (the bridge exits so systemd restarts it).
   */
  state: 'lost' | 'back' | 'gave-up';
  reason: string;
}

export type FaultListener = (fault: SensorFault) => void;

/**
 * The goal sensors of a table (one beam per goal), whatever drives them. Drivers only
 * report beam changes; deciding what is a goal (debounce, health) is `GoalDetector`'s job.
 */
export interface GoalSensor {
  start(): Promise<void>;
  stop(): Promise<void>;
  onBeamChange(listener: BeamListener): void;
  /** Drivers that can lose their hardware say so here; simulated sensors never do. */
  onFault?(listener: FaultListener): void;
}
