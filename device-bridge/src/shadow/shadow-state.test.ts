import { describe, expect, it } from 'vitest';
import { mergeShadowState, replacingUpdate } from './shadow-state';

describe('mergeShadowState', () => {
  it('merges changed leaves into the last known state', () => {
    // Prepare
    const desired = {
      match: { id: 'm1', score: { red: 2, blue: 1 }, teams: { red: ['Alice'], blue: ['Bob'] } },
    };

    // Act
    const merged = mergeShadowState(desired, { match: { score: { red: 3 } } });

    // Assess
    expect(merged).toEqual({
      match: { id: 'm1', score: { red: 3, blue: 1 }, teams: { red: ['Alice'], blue: ['Bob'] } },
    });
    expect(desired.match.score.red).toBe(2);
  });

  it('replaces arrays whole and deletes keys set to null', () => {
    const merged = mergeShadowState(
      { match: { teams: { red: ['Alice', 'Bob'] }, winner: 'red' } },
      { match: { teams: { red: ['Carole'] }, winner: null } },
    );

    expect(merged).toEqual({ match: { teams: { red: ['Carole'] } } });
  });
});

describe('replacingUpdate', () => {
  it('sends null for every key the new state no longer has, at any depth', () => {
    // Prepare
    const previous = {
      match: { id: 'm1', winner: 'red' },
      pairing: { code: '4712' },
      sensors: { red: 'ok' },
    };
    const next = { match: { id: 'm2' }, sensors: { red: 'blocked' } };

    // Act
    const update = replacingUpdate(previous, next);

    // Assess
    expect(update).toEqual({ match: { id: 'm2', winner: null }, pairing: null, sensors: { red: 'blocked' } });
    expect(mergeShadowState(previous, update)).toEqual(next);
  });
});
