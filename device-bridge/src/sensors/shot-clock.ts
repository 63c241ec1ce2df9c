import type { TeamColor } from '../team';
import type { GoalDetected } from './goal-detector';
import type { BeamChange } from './goal-sensor';
import { type CutTime, type ShotSpeedRules, shotSpeedKmh } from './shot-speed';

/** Hands a goal on, with the ball's speed when its second beam timed it. */
export type GoalRelease = (goal: GoalDetected, speedKmh?: number) => void;

interface WaitingGoal {
  goal: GoalDetected;
  cut: CutTime;
  timer: NodeJS.Timeout;
}

/**
 * Holds a goal of a goal with a second beam until that beam is cut (the speed goes with the
 * goal) or `windowMs` passed (the goal goes without); a goal with no second beam goes at once.
 */
export class ShotClock {
  private readonly waiting = new Map<TeamColor, WaitingGoal>();

  constructor(
    private readonly rules: ShotSpeedRules | undefined,
    private readonly timed: (goal: TeamColor) => boolean,
    private readonly release: GoalRelease,
  ) {}

  /** A goal detected on its goal beam's cut `cut`. */
  goal(goal: GoalDetected, cut: CutTime): void {
    if (this.rules === undefined || !this.timed(goal.goal)) {
      this.release(goal);
      return;
    }
    this.releaseWaiting(goal.goal);
    const timer = setTimeout(() => this.releaseWaiting(goal.goal), this.rules.windowMs);
    this.waiting.set(goal.goal, { goal, cut, timer });
  }

  /** A change of a second beam: its cut times the goal waiting on it. */
  speedBeamChanged(change: BeamChange): void {
    if (change.beam !== 'cut' || this.rules === undefined) return;
    const waiting = this.waiting.get(change.goal);
    if (waiting === undefined) return;
    const speedKmh = shotSpeedKmh(waiting.cut, cutOf(change), this.rules);
    this.releaseWaiting(change.goal, speedKmh);
  }

  /** Every goal still waiting goes now, without a speed (the bridge stops). */
  flush(): void {
    for (const goal of [...this.waiting.keys()]) this.releaseWaiting(goal);
  }

  private releaseWaiting(goal: TeamColor, speedKmh?: number): void {
    const waiting = this.waiting.get(goal);
    if (waiting === undefined) return;
    clearTimeout(waiting.timer);
    this.waiting.delete(goal);
    this.release(waiting.goal, speedKmh);
  }
}

/** When a beam change happened, with the driver's edge timestamp when it has one. */
export function cutOf(change: BeamChange): CutTime {
  return change.edgeUs === undefined ? { at: change.at } : { at: change.at, edgeUs: change.edgeUs };
}
