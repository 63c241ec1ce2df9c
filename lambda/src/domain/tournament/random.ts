/** A source of numbers in [0, 1), reproducible from its seed. */
export type Random = () => number;

/** FNV-1a: turns any seed text into 32 bits. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A seeded PRNG (a Weyl sequence through a 32-bit mixer): the same seed always gives the
 * same numbers, so draws can be tested and replayed.
 */
export function seededRandom(seed: string | number): Random {
  let state = hashSeed(String(seed));
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4294967296;
  };
}

/** A copy of `items` in a random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const here = order[i] as T;
    order[i] = order[j] as T;
    order[j] = here;
  }
  return order;
}
