import { describe, expect, it } from 'vitest';
import { ReconnectBackoff } from './reconnect-backoff';

describe('ReconnectBackoff', () => {
  it('doubles the delay up to the maximum, and starts over after a connection', () => {
    // Prepare: no jitter, to read the ceilings
    const backoff = new ReconnectBackoff(1000, 8000, () => 1);

    // Act
    const delays = Array.from({ length: 6 }, () => backoff.next());
    backoff.reset();

    // Assess
    expect(delays).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoff.next()).toBe(1000);
  });

  it('spreads delays between half the ceiling and the ceiling', () => {
    const backoff = new ReconnectBackoff(1000, 8000, () => 0);

    expect([backoff.next(), backoff.next()]).toEqual([500, 1000]);
  });
});
