import { describe, expect, it } from 'vitest';
import { GoalDetector } from './goal-detector';

const rules = { debounceMs: 1500, blockedAfterMs: 5000, noisyBurst: 4, quietMs: 10_000 };

function ball(detector: GoalDetector, goal: 'red' | 'blue', at: number) {
  const outcome = detector.beamChanged({ goal, beam: 'cut', at });
  detector.beamChanged({ goal, beam: 'restored', at: at + 20 });
  return outcome;
}

describe('GoalDetector', () => {
  it('credits the opponent of the goal the ball went in, by default', () => {
    // Prepare
    const detector = new GoalDetector(rules);

    // Act
    const intoRed = ball(detector, 'red', 1000);
    const intoBlue = ball(detector, 'blue', 1000);

    // Assess
    expect(intoRed.goal).toEqual({ goal: 'red', credits: 'blue', at: 1000 });
    expect(intoBlue.goal).toEqual({ goal: 'blue', credits: 'red', at: 1000 });
  });

  it('credits whichever team the config says', () => {
    const detector = new GoalDetector(rules, { red: 'red', blue: 'blue' });

    expect(ball(detector, 'red', 0).goal?.credits).toBe('red');
    expect(detector.goalCrediting('red')).toBe('red');
  });

  it('counts a ball bouncing in the goal once', () => {
    // Prepare
    const detector = new GoalDetector(rules);

    // Act
    const outcomes = [0, 300, 900].map((at) => ball(detector, 'red', at));

    // Assess
    expect(outcomes.filter((outcome) => outcome.goal)).toHaveLength(1);
    expect(outcomes[1]?.ignored).toBe('bounce');
  });

  it('counts the next goal once the window has passed', () => {
    const detector = new GoalDetector(rules);

    ball(detector, 'red', 0);

    expect(ball(detector, 'red', 1500).goal).toBeDefined();
  });

  it('debounces each goal on its own', () => {
    const detector = new GoalDetector(rules);

    ball(detector, 'red', 0);

    expect(ball(detector, 'blue', 100).goal?.credits).toBe('red');
  });

  it('stops counting from a noisy sensor and reports the change', () => {
    // Prepare
    const detector = new GoalDetector(rules);
    [0, 1600, 1700, 1800].forEach((at) => {
      ball(detector, 'blue', at);
    });

    // Act
    const next = ball(detector, 'blue', 1900);

    // Assess
    expect(detector.health()).toEqual({ red: 'ok', blue: 'noisy' });
    expect(next.goal).toBeUndefined();
    expect(next.ignored).toBe('noisy');
  });

  it('notices a blocked sensor as time passes, and its recovery', () => {
    // Prepare
    const detector = new GoalDetector(rules);
    detector.beamChanged({ goal: 'red', beam: 'cut', at: 0 });

    // Act / Assess
    expect(detector.tick(4000)).toBe(false);
    expect(detector.tick(5000)).toBe(true);
    expect(detector.health().red).toBe('blocked');
    detector.beamChanged({ goal: 'red', beam: 'restored', at: 6000 });
    expect(detector.tick(16_000)).toBe(true);
    expect(detector.health().red).toBe('ok');
  });
});
