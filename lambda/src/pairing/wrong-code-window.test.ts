import { describe, expect, it } from 'vitest';
import { WRONG_CODE_WINDOW_MS } from './pairing-code';
import { lockedUntil, withWrongCode } from './wrong-code-window';

const MINUTE = 60_000;

describe('the window of wrong codes', () => {
  it('locks on the fifth wrong code within 15 minutes, until the oldest of them leaves the window', () => {
    let tries: number[] = [];
    for (const minute of [0, 2, 4, 6]) {
      const counted = withWrongCode(tries, minute * MINUTE);
      expect(counted.lockedUntil).toBe(0);
      tries = counted.tries;
    }

    const fifth = withWrongCode(tries, 8 * MINUTE);

    expect(fifth.lockedUntil).toBe(WRONG_CODE_WINDOW_MS);
    expect(lockedUntil(fifth.tries, 8 * MINUTE)).toBe(WRONG_CODE_WINDOW_MS);
    expect(lockedUntil(fifth.tries, WRONG_CODE_WINDOW_MS - 1)).toBe(WRONG_CODE_WINDOW_MS);
    expect(lockedUntil(fifth.tries, WRONG_CODE_WINDOW_MS)).toBeUndefined();
  });

  it('slides: never more than five wrong codes in any 15 minutes, even across a boundary', () => {
    let tries: number[] = [];
    const counted: number[] = [];
    for (let second = 0; second < 60 * 60; second += 10) {
      const at = second * 1000;
      if (lockedUntil(tries, at) !== undefined) continue;
      tries = withWrongCode(tries, at).tries;
      counted.push(at);
    }

    for (const start of counted) {
      const inWindow = counted.filter((at) => at >= start && at < start + WRONG_CODE_WINDOW_MS);
      expect(inWindow.length).toBeLessThanOrEqual(5);
    }
    expect(counted).toHaveLength(20);
  });

  it('keeps only the tries that can still lock the account', () => {
    const tries = [0, 1, 2, 3, 4].map((minute) => minute * MINUTE);

    const later = withWrongCode(tries, 17 * MINUTE);

    expect(later).toEqual({ tries: [3 * MINUTE, 4 * MINUTE, 17 * MINUTE], lockedUntil: 0 });
  });
});
