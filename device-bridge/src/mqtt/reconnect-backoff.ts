/**
 * Delays between reconnection attempts: doubling from `minMs` up to `maxMs`, with jitter so
 * that many tables coming back after an outage do not all knock at the same instant.
 */
export class ReconnectBackoff {
  private attempt = 0;

  constructor(
    private readonly minMs: number,
    private readonly maxMs: number,
    private readonly random: () => number = Math.random,
  ) {}

  /** The delay before the next attempt. */
  next(): number {
    const ceiling = Math.min(this.maxMs, this.minMs * 2 ** this.attempt);
    this.attempt = Math.min(this.attempt + 1, 30);
    // Full jitter between half the ceiling and the ceiling.
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  /** After a successful connection. */
  reset(): void {
    this.attempt = 0;
  }
}
