import { timesTogether } from './dyp-history';

export type Pair = [number, number];

/** Squared counts: two pairs seen once each weigh less than one pair seen twice. */
function pairWeight(grid: readonly number[][], a: number, b: number): number {
  const times = timesTogether(grid, a, b);
  return times * times;
}

export function partnerCost(pairs: readonly Pair[], partners: readonly number[][]): number {
  return pairs.reduce((cost, [a, b]) => cost + pairWeight(partners, a, b), 0);
}

/** Swaps partners between two pairs while it lowers the cost (a local optimum, quickly). */
export function improvePairs(start: readonly Pair[], partners: readonly number[][]): Pair[] {
  const pairs: Pair[] = start.map(([a, b]) => [a, b]);
  let improved = true;
  while (improved) {
    improved = false;
    for (let i = 0; i < pairs.length; i++) {
      for (let j = i + 1; j < pairs.length; j++) {
        const [a, b] = pairs[i] as Pair;
        const [c, d] = pairs[j] as Pair;
        const now = pairWeight(partners, a, b) + pairWeight(partners, c, d);
        const crossed = pairWeight(partners, a, c) + pairWeight(partners, b, d);
        const swapped = pairWeight(partners, a, d) + pairWeight(partners, b, c);
        if (crossed < now && crossed <= swapped) {
          pairs[i] = [a, c];
          pairs[j] = [b, d];
          improved = true;
        } else if (swapped < now) {
          pairs[i] = [a, d];
          pairs[j] = [b, c];
          improved = true;
        }
      }
    }
  }
  return pairs;
}

/** Pairs neighbours in order: [a, b, c, d] → (a, b), (c, d). */
export function pairInOrder(players: readonly number[]): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < players.length; i += 2) pairs.push([players[i] ?? 0, players[i + 1] ?? 0]);
  return pairs;
}

/**
 * The circle method's rounds over a roster: every two players partnered exactly once across
 * them (a player facing the empty seat of an odd roster has no partner in that round).
 */
export function circlePairings(roster: readonly number[]): Pair[][] {
  const seats = [...roster];
  if (seats.length % 2 === 1) seats.push(-1);
  const [fixed = -1, ...turning] = seats;
  const pairings: Pair[][] = [];
  for (let round = 0; round < seats.length - 1; round++) {
    const line = [fixed, ...turning.slice(round), ...turning.slice(0, round)];
    const pairs: Pair[] = [];
    for (let i = 0; i < seats.length / 2; i++) {
      const a = line[i] ?? -1;
      const b = line[seats.length - 1 - i] ?? -1;
      if (a !== -1 && b !== -1) pairs.push([a, b]);
    }
    pairings.push(pairs);
  }
  return pairings;
}

/**
 * Pairs teams into matches with the fewest repeated opponents: an exact search over subsets
 * (at most 16 teams, so at most 65,536 states).
 */
export function pairTeams(
  teams: readonly Pair[],
  opponents: readonly number[][],
): { matches: [Pair, Pair][]; cost: number } {
  const facing = (x: Pair, y: Pair) =>
    pairWeight(opponents, x[0], y[0]) +
    pairWeight(opponents, x[0], y[1]) +
    pairWeight(opponents, x[1], y[0]) +
    pairWeight(opponents, x[1], y[1]);
  const best = new Float64Array(1 << teams.length).fill(-1);
  const choice = new Int8Array(1 << teams.length);
  const solve = (left: number): number => {
    if (left === 0) return 0;
    const known = best[left] ?? -1;
    if (known >= 0) return known;
    const first = 31 - Math.clz32(left & -left);
    let lowest = Number.POSITIVE_INFINITY;
    for (let other = first + 1; other < teams.length; other++) {
      if (!(left & (1 << other))) continue;
      const cost =
        facing(teams[first] as Pair, teams[other] as Pair) + solve(left & ~(1 << first) & ~(1 << other));
      if (cost < lowest) {
        lowest = cost;
        choice[left] = other;
      }
    }
    best[left] = lowest;
    return lowest;
  };
  const all = (1 << teams.length) - 1;
  const cost = solve(all);
  const matches: [Pair, Pair][] = [];
  for (let left = all; left !== 0; ) {
    const first = 31 - Math.clz32(left & -left);
    const other = choice[left] ?? 0;
    matches.push([teams[first] as Pair, teams[other] as Pair]);
    left = left & ~(1 << first) & ~(1 << other);
  }
  return { matches, cost };
}
