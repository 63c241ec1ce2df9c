import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from './random';

describe('seeded randomness', () => {
  it('repeats from the same seed, number or string, and differs between seeds', () => {
    const draw = (seed: string | number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw('soirée')).toEqual(draw('soirée'));
    expect(draw(7)).toEqual(draw('7'));
    expect(draw('soirée')).not.toEqual(draw('soiree'));
  });

  it('stays in [0, 1) and spreads over it', () => {
    const random = seededRandom('spread');
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const bucket = Math.floor(value * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    expect(Math.min(...buckets)).toBeGreaterThan(800);
  });

  it('shuffles into a permutation without touching the input', () => {
    const players = ['A', 'B', 'C', 'D', 'E', 'F'];
    const order = shuffled(players, seededRandom(1));
    expect([...order].sort()).toEqual(players);
    expect(players).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });
});
