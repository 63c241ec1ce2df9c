/** A probability as it is said: "about 2 chances in 3 (67 %)". */
export interface Odds {
  chances: number;
  outOf: number;
  /** Rounded, and kept within 1 to 99: a prediction is never certain. */
  percent: number;
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

// Fractions people say without thinking, simplest first; the far ends get 19 in 20 and 99 in 100.
const SPOKEN_FRACTIONS: readonly { chances: number; outOf: number }[] = [
  ...[2, 3, 4, 5, 10].flatMap((outOf) =>
    Array.from({ length: outOf - 1 }, (_, i) => ({ chances: i + 1, outOf })).filter(
      ({ chances }) => greatestCommonDivisor(chances, outOf) === 1,
    ),
  ),
  { chances: 1, outOf: 20 },
  { chances: 19, outOf: 20 },
  { chances: 1, outOf: 100 },
  { chances: 99, outOf: 100 },
];

/**
 * The simple fraction closest to a probability (1 in 2, 2 in 3, 3 in 4, 4 in 5, 9 in 10…;
 * a tie goes to the simpler one) and its percentage.
 * @throws RangeError when `probability` is not a number from 0 to 1.
 */
export function describeOdds(probability: number): Odds {
  if (!Number.isFinite(probability) || probability < 0 || probability > 1) {
    throw new RangeError(`Not a probability: ${probability}`);
  }
  let best = SPOKEN_FRACTIONS[0] ?? { chances: 1, outOf: 2 };
  for (const fraction of SPOKEN_FRACTIONS) {
    const gap = Math.abs(probability - fraction.chances / fraction.outOf);
    if (gap < Math.abs(probability - best.chances / best.outOf) - 1e-12) best = fraction;
  }
  const percent = Math.min(99, Math.max(1, Math.round(probability * 100)));
  return { chances: best.chances, outOf: best.outOf, percent };
}
