import { opponentOf, type TeamColor } from '../team';
import type { BeamChange } from './goal-sensor';
import {
  beamChanged,
  healthAt,
  initialSensorHealth,
  type SensorHealth,
  type SensorHealthRules,
  type SensorHealthState,
} from './sensor-health';

/** A ball that went into `goal`, counting for `credits`. */
export interface GoalDetected {
  goal: TeamColor;
  credits: TeamColor;
  /** When the beam was cut, epoch ms. */
  at: number;
}

export type SensorsHealth = Record<TeamColor, SensorHealth>;

export interface BeamOutcome {
  goal?: GoalDetected;
  /** Why a cut did not count, when it did not. */
  ignored?: 'bounce' | 'noisy';
  healthChanged: boolean;
}

interface GoalSensorState {
  credits: TeamColor;
  health: SensorHealthState;
  lastGoalAt?: number;
}

/**
 * Turns beam changes into goals: one goal per sensor within the debounce window (a ball
 * bouncing in the goal counts once), none from a noisy sensor; and keeps each sensor's
 * health. Pure state, no timers: the caller passes time in with `tick`.
 */
export class GoalDetector {
  private readonly sensors: Record<TeamColor, GoalSensorState>;

  constructor(
    private readonly rules: SensorHealthRules,
    credits: Partial<Record<TeamColor, TeamColor>> = {},
  ) {
    this.sensors = {
      red: { credits: credits.red ?? opponentOf('red'), health: initialSensorHealth },
      blue: { credits: credits.blue ?? opponentOf('blue'), health: initialSensorHealth },
    };
  }

  /** The goal (sensor) whose cuts credit `team`. */
  goalCrediting(team: TeamColor): TeamColor {
    return this.sensors.red.credits === team ? 'red' : 'blue';
  }

  health(): SensorsHealth {
    return { red: this.sensors.red.health.health, blue: this.sensors.blue.health.health };
  }

  beamChanged(change: BeamChange): BeamOutcome {
    const sensor = this.sensors[change.goal];
    const before = sensor.health.health;
    sensor.health = beamChanged(healthAt(sensor.health, change.at, this.rules), change, this.rules);
    const healthChanged = sensor.health.health !== before;
    if (change.beam === 'restored') return { healthChanged };
    if (sensor.health.health === 'noisy') return { ignored: 'noisy', healthChanged };
    if (sensor.lastGoalAt !== undefined && change.at - sensor.lastGoalAt < this.rules.debounceMs) {
      return { ignored: 'bounce', healthChanged };
    }
    sensor.lastGoalAt = change.at;
    return { goal: { goal: change.goal, credits: sensor.credits, at: change.at }, healthChanged };
  }

  /** Lets time pass; true when a sensor's health changed (blocked, or quiet again). */
  tick(now: number): boolean {
    let changed = false;
    for (const sensor of Object.values(this.sensors)) {
      const next = healthAt(sensor.health, now, this.rules);
      changed ||= next.health !== sensor.health.health;
      sensor.health = next;
    }
    return changed;
  }
}
