import type { TournamentMatch, TournamentRound } from './types';

/** The smallest power of two that holds every entrant. */
export function bracketSize(entrants: number): number {
  let size = 1;
  while (size < entrants) size *= 2;
  return size;
}

export function knockoutRoundCount(entrants: number): number {
  return Math.log2(bracketSize(entrants));
}

/**
 * Seeds (1-based) down the bracket, standard seeding: each seed s of a bracket half the size
 * is paired with (size + 1 − s), so seeds 1 and 2 sit in opposite halves and meet only in
 * the final, and the best seeds face the weakest (or a bye) first.
 */
export function bracketOrder(size: number): number[] {
  let order = [1];
  while (order.length < size) {
    const lines = order.length * 2;
    order = order.flatMap((seed) => [seed, lines + 1 - seed]);
  }
  return order;
}

/**
 * Round 1 for entrants already in seed order (index 0 is seed 1). Seeds past the entrant
 * count are byes, so the top seeds get them, and only in this round.
 */
export function firstKnockoutRound(entrants: number): TournamentRound {
  const order = bracketOrder(bracketSize(entrants));
  const matches: TournamentMatch[] = [];
  for (let line = 0; line < order.length; line += 2) {
    const better = (order[line] ?? 1) - 1;
    const weaker = (order[line + 1] ?? 1) - 1;
    matches.push(
      weaker < entrants
        ? { red: [better], blue: [weaker], state: 'pending' }
        : { red: [better], blue: [], state: 'bye', winner: 'red' },
    );
  }
  return { matches };
}

/** Who went through from a decided match (or bye). */
export function knockoutWinner(match: TournamentMatch): number {
  const side = match.winner === 'blue' ? match.blue : match.red;
  const winner = side[0];
  if (winner === undefined) throw new Error('A knockout match has no winner yet');
  return winner;
}

/** The next round, winners of neighbouring matches facing each other; none after the final. */
export function nextKnockoutRound(previous: TournamentRound): TournamentRound | undefined {
  if (previous.matches.length < 2) return undefined;
  const winners = previous.matches.map(knockoutWinner);
  const matches: TournamentMatch[] = [];
  for (let i = 0; i < winners.length; i += 2) {
    const a = winners[i] ?? 0;
    const b = winners[i + 1] ?? 0;
    // The better seed (lower index) is named first, so plays red.
    matches.push({ red: [Math.min(a, b)], blue: [Math.max(a, b)], state: 'pending' });
  }
  return { matches };
}
