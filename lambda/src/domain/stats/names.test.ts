import { describe, expect, it } from 'vitest';
import { sameName } from '../match/teams';
import { editDistance, nearestNames, playerKey } from './names';

describe('playerKey', () => {
  it('agrees with the match domain on which names are the same player', () => {
    const names = [
      'Hélène',
      'helene',
      '  HÉLÈNE ',
      'Hélènea',
      'Jean  Pierre',
      'jean pierre',
      'Zoë',
      'Zoe',
      'Zoé-Lou',
    ];
    for (const a of names) {
      for (const b of names) expect(playerKey(a) === playerKey(b)).toBe(sameName(a, b));
    }
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'bob')).toBe(3);
    expect(editDistance('alice', 'alice')).toBe(0);
  });
});

describe('nearestNames', () => {
  const known = ['Alice', 'Alicia', 'Bob', 'Hélène', 'Maximilien'];

  it('offers the closest known names first, as they are spoken back', () => {
    expect(nearestNames(known, 'alise', 3)).toEqual(['Alice', 'Alicia']);
    expect(nearestNames(known, 'Helen', 3)).toEqual(['Hélène']);
    expect(nearestNames(known, 'Maximilian', 1)).toEqual(['Maximilien']);
  });

  it('offers nothing that sounds unrelated', () => {
    expect(nearestNames(known, 'Zacharie', 3)).toEqual([]);
    expect(nearestNames(known, 'Zoe', 3)).toEqual([]);
    expect(nearestNames(known, 'Rob', 3)).toEqual(['Bob']);
  });
});
