import { describe, expect, it } from 'vitest';
import { describeOdds } from './odds';

describe('describeOdds', () => {
  it.each([
    [0.5, 1, 2, 50],
    [0.52, 1, 2, 52],
    [0.66, 2, 3, 66],
    [0.68, 2, 3, 68],
    [0.7, 7, 10, 70],
    [0.76, 3, 4, 76],
    [0.8, 4, 5, 80],
    [0.9, 9, 10, 90],
    [0.96, 19, 20, 96],
    [0.34, 1, 3, 34],
    [0.24, 1, 4, 24],
    [0.1, 1, 10, 10],
  ])('says %f as about %i chances in %i (%i %%)', (probability, chances, outOf, percent) => {
    expect(describeOdds(probability)).toEqual({ chances, outOf, percent });
  });

  it('gives a tie to the simpler fraction', () => {
    expect(describeOdds(0.55)).toMatchObject({ chances: 1, outOf: 2 });
    expect(describeOdds(0.45)).toMatchObject({ chances: 1, outOf: 2 });
  });

  it('never sounds certain at the extremes', () => {
    expect(describeOdds(1)).toEqual({ chances: 99, outOf: 100, percent: 99 });
    expect(describeOdds(0.001)).toEqual({ chances: 1, outOf: 100, percent: 1 });
  });

  it('refuses what is not a probability', () => {
    expect(() => describeOdds(1.2)).toThrow(RangeError);
    expect(() => describeOdds(Number.NaN)).toThrow(RangeError);
  });
});
