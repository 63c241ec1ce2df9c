import type { TeamColor } from '../team';
import type { BeamChange, BeamListener, FaultListener, GoalSensor, SensorFault } from './goal-sensor';

/** Goal sensors driven by code or keys: for the local stack, the console and tests. */
export class SimulatedGoalSensor implements GoalSensor {
  private readonly listeners: BeamListener[] = [];
  private readonly faultListeners: FaultListener[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  onBeamChange(listener: BeamListener): void {
    this.listeners.push(listener);
  }

  onFault(listener: FaultListener): void {
    this.faultListeners.push(listener);
  }

  /** Plays a driver losing (or finding again) its sensors, as a dying `gpiomon` does. */
  fault(fault: SensorFault): void {
    for (const listener of this.faultListeners) listener(fault);
  }

  /** A ball crosses the beam of `goalOf`'s goal: the beam is cut then restored. */
  fire(goalOf: TeamColor, at: number = this.now()): void {
    this.cut(goalOf, at);
    this.restore(goalOf, at);
  }

  /**
   * A shot at `speedKmh` into `goalOf`'s goal: its beam, then the second beam `distanceMm`
   * behind it, cut and restored, with edge timestamps as `gpiomon` gives them.
   */
  shot(goalOf: TeamColor, speedKmh: number, distanceMm: number, at: number = this.now()): void {
    const firstUs = at * 1000;
    const secondUs = firstUs + Math.round((distanceMm / speedKmh) * 3600);
    const secondAt = Math.floor(secondUs / 1000);
    this.emit({ goal: goalOf, beam: 'cut', at, edgeUs: firstUs });
    this.emit({ goal: goalOf, beam: 'cut', at: secondAt, edgeUs: secondUs, line: 'speed' });
    this.emit({ goal: goalOf, beam: 'restored', at: secondAt, edgeUs: secondUs });
    this.emit({ goal: goalOf, beam: 'restored', at: secondAt, edgeUs: secondUs, line: 'speed' });
  }

  /** The beam of `goalOf`'s goal is cut (and stays cut until `restore`). */
  cut(goalOf: TeamColor, at: number = this.now()): void {
    this.emit({ goal: goalOf, beam: 'cut', at });
  }

  restore(goalOf: TeamColor, at: number = this.now()): void {
    this.emit({ goal: goalOf, beam: 'restored', at });
  }

  private emit(change: BeamChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
