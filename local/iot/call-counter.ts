/** Counts calls per operation, for benchmarks ("IoT calls per goal") and tests. */
export class CallCounter {
  readonly #counts = new Map<string, number>();

  /** Adds one call to `operation`. */
  count(operation: string): void {
    this.#counts.set(operation, (this.#counts.get(operation) ?? 0) + 1);
  }

  /** A copy of the counts so far, by operation name. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.#counts);
  }
}
