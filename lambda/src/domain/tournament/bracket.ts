import type { TournamentMatch } from './types';

/** The side that won a decided match or went through a bye. */
export function winningSide(match: TournamentMatch): number[] {
  return match.winner === 'blue' ? match.blue : match.red;
}

/** The side that lost a decided match (empty for a bye). */
export function losingSide(match: TournamentMatch): number[] {
  return match.winner === 'blue' ? match.red : match.blue;
}

/**
 * Pairs `sides` (best seed first) best against worst: 1 v n, 2 v n − 1…; an odd count's best
 * seed goes through on a bye. The better seed plays red.
 */
export function pairBestWithWorst(sides: readonly number[][]): TournamentMatch[] {
  const left = [...sides];
  const matches: TournamentMatch[] = [];
  if (left.length % 2 === 1) {
    const [first] = left.splice(0, 1);
    if (first) matches.push({ red: first, blue: [], state: 'bye', winner: 'red' });
  }
  while (left.length >= 2) {
    const best = left.shift() as number[];
    const worst = left.pop() as number[];
    matches.push({ red: best, blue: worst, state: 'pending' });
  }
  return matches;
}
