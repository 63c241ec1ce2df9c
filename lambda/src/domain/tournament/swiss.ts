import { POINTS_PER_WIN } from './points';
import { roundRobinRoundCount } from './round-robin';
import type { Tournament, TournamentMatch, TournamentRound } from './types';

/** The default: ⌈log2 n⌉ + 1 rounds, never more than a round robin would take. */
export function defaultSwissRounds(entrants: number): number {
  return Math.min(Math.ceil(Math.log2(Math.max(2, entrants))) + 1, maxSwissRounds(entrants));
}

/** One round per possible opponent (and, for an odd count, each entrant's one bye). */
export function maxSwissRounds(entrants: number): number {
  return roundRobinRoundCount(entrants);
}

/** What the pairing needs from the rounds so far. */
interface SwissRecord {
  points: number[];
  /** met[a] holds every opponent a has played. */
  met: Set<number>[];
  hadBye: boolean[];
}

function swissRecord(t: Tournament): SwissRecord {
  const count = t.entrants.length;
  const record: SwissRecord = {
    points: new Array<number>(count).fill(0),
    met: Array.from({ length: count }, () => new Set<number>()),
    hadBye: new Array<boolean>(count).fill(false),
  };
  for (const match of t.rounds.flatMap((round) => round.matches)) {
    const [red] = match.red;
    const [blue] = match.blue;
    if (red === undefined) continue;
    if (match.state === 'bye') {
      record.hadBye[red] = true;
      record.points[red] = (record.points[red] ?? 0) + POINTS_PER_WIN;
      continue;
    }
    if (blue === undefined) continue;
    record.met[red]?.add(blue);
    record.met[blue]?.add(red);
    if (match.state === 'played') {
      const winner = match.winner === 'blue' ? blue : red;
      record.points[winner] = (record.points[winner] ?? 0) + POINTS_PER_WIN;
    }
  }
  return record;
}

/** Search steps before giving up on a pairing free of rematches (never reached up to 32 entrants in tests). */
const SEARCH_BUDGET = 200_000;

/**
 * Pairs `ranked` (best first) so that everyone meets the nearest in points they have not met:
 * the top entrant left takes the closest in points, and the search backs up when the rest
 * cannot be paired. Undefined when no pairing without a rematch exists (or the budget ran out).
 */
function pairWithoutRematch(ranked: readonly number[], record: SwissRecord): [number, number][] | undefined {
  let steps = 0;
  const points = (entrant: number) => record.points[entrant] ?? 0;
  const search = (left: readonly number[]): [number, number][] | undefined => {
    const [top, ...others] = left;
    if (top === undefined) return [];
    if (++steps > SEARCH_BUDGET) return undefined;
    const candidates = others
      .filter((other) => !record.met[top]?.has(other))
      .sort((a, b) => Math.abs(points(top) - points(a)) - Math.abs(points(top) - points(b)));
    for (const opponent of candidates) {
      const rest = search(others.filter((other) => other !== opponent));
      if (rest) return [[top, opponent], ...rest];
    }
    return undefined;
  };
  return search(ranked);
}

/** When every pairing holds a rematch: the nearest in points, fewest meetings first. */
function pairAllowingRematch(ranked: readonly number[], record: SwissRecord): [number, number][] {
  const left = [...ranked];
  const pairs: [number, number][] = [];
  while (left.length >= 2) {
    const top = left.shift() as number;
    const points = (entrant: number) => record.points[entrant] ?? 0;
    const cost = (other: number) =>
      (record.met[top]?.has(other) ? 1000 : 0) + Math.abs(points(top) - points(other));
    const opponent = [...left].sort((a, b) => cost(a) - cost(b))[0] as number;
    left.splice(left.indexOf(opponent), 1);
    pairs.push([top, opponent]);
  }
  return pairs;
}

/**
 * Draws Swiss round `roundIndex`: entrants ranked by points (then by seed, their entry
 * order), an odd count's bye to the lowest ranked who has not had one, then pairs of equal or
 * nearest points who have not met. A rematch only when no pairing avoids one. The better
 * ranked plays red.
 */
export function drawSwissRound(t: Tournament): TournamentRound {
  const record = swissRecord(t);
  const ranked = t.entrants
    .map((_, index) => index)
    .sort((a, b) => (record.points[b] ?? 0) - (record.points[a] ?? 0) || a - b);
  const byeCandidates = ranked.length % 2 === 1 ? [...ranked].reverse().filter((e) => !record.hadBye[e]) : [];
  let bye: number | undefined;
  let pairs: [number, number][] | undefined;
  if (ranked.length % 2 === 0) pairs = pairWithoutRematch(ranked, record);
  for (const candidate of byeCandidates) {
    pairs = pairWithoutRematch(
      ranked.filter((entrant) => entrant !== candidate),
      record,
    );
    if (pairs) {
      bye = candidate;
      break;
    }
  }
  if (!pairs) {
    bye = byeCandidates[0];
    pairs = pairAllowingRematch(
      ranked.filter((entrant) => entrant !== bye),
      record,
    );
  }
  const matches: TournamentMatch[] = pairs.map(([red, blue]) => ({
    red: [red],
    blue: [blue],
    state: 'pending',
  }));
  if (bye !== undefined) matches.push({ red: [bye], blue: [], state: 'bye', winner: 'red' });
  return { matches };
}
