import { describe, expect, it } from 'vitest';
import { beamChanged, healthAt, initialSensorHealth, type SensorHealthState } from './sensor-health';

const rules = { debounceMs: 1500, blockedAfterMs: 5000, noisyBurst: 4, quietMs: 10_000 };

function cuts(times: number[], start: SensorHealthState = initialSensorHealth): SensorHealthState {
  return times.reduce(
    (state, at) =>
      beamChanged(beamChanged(state, { beam: 'cut', at }, rules), { beam: 'restored', at: at + 5 }, rules),
    start,
  );
}

describe('sensor health', () => {
  it('stays ok for goals at a normal pace', () => {
    // Prepare / Act
    const state = cuts([0, 4000, 9000, 15_000]);

    // Assess
    expect(healthAt(state, 16_000, rules).health).toBe('ok');
  });

  it('stays ok for a ball bouncing a few times in the goal', () => {
    const state = cuts([0, 200, 600]);

    expect(state.health).toBe('ok');
  });

  it('is noisy when cuts come faster than goals can happen', () => {
    const state = cuts([0, 100, 250, 400]);

    expect(state.health).toBe('noisy');
  });

  it('is not noisy when the same number of cuts spreads beyond the window', () => {
    const state = cuts([0, 1000, 2000, 3000]);

    expect(state.health).toBe('ok');
  });

  it('is blocked when the beam stays cut longer than a ball can stay', () => {
    // Prepare
    const cut = beamChanged(initialSensorHealth, { beam: 'cut', at: 1000 }, rules);

    // Act
    const early = healthAt(cut, 5999, rules);
    const late = healthAt(cut, 6000, rules);

    // Assess
    expect(early.health).toBe('ok');
    expect(late.health).toBe('blocked');
  });

  it('comes back to ok from noisy only after a quiet period', () => {
    const noisy = cuts([0, 100, 250, 400]);

    expect(healthAt(noisy, 400 + 5 + 9_999, rules).health).toBe('noisy');
    expect(healthAt(noisy, 400 + 5 + 10_000, rules).health).toBe('ok');
  });

  it('comes back to ok from blocked once the beam is whole again and quiet', () => {
    // Prepare
    const blocked = healthAt(beamChanged(initialSensorHealth, { beam: 'cut', at: 0 }, rules), 8000, rules);
    const restored = beamChanged(blocked, { beam: 'restored', at: 9000 }, rules);

    // Act / Assess
    expect(healthAt(restored, 9000 + 9_999, rules).health).toBe('blocked');
    expect(healthAt(restored, 9000 + 10_000, rules).health).toBe('ok');
  });

  it('stays blocked while the beam is still cut, however long', () => {
    const blocked = healthAt(beamChanged(initialSensorHealth, { beam: 'cut', at: 0 }, rules), 8000, rules);

    expect(healthAt(blocked, 60_000, rules).health).toBe('blocked');
  });
});
