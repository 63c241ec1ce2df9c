import { type Random, shuffled } from './random';
import type { TournamentMatch, TournamentRound } from './types';

/** n − 1 rounds for an even count, n for an odd one (each entrant sits one round out). */
export function roundRobinRoundCount(entrants: number): number {
  return entrants % 2 === 0 ? entrants - 1 : entrants;
}

/**
 * The whole schedule by the circle method: one entrant stays put while the others turn
 * around it, so every pair meets once and nobody plays twice in a round. An odd count adds
 * an empty seat: whoever faces it has a bye that round. The seats are drawn at random.
 */
export function roundRobinRounds(entrants: number, random: Random): TournamentRound[] {
  const seats = shuffled(
    Array.from({ length: entrants }, (_, index) => index),
    random,
  );
  if (seats.length % 2 === 1) seats.push(-1);
  const [fixed = -1, ...turning] = seats;
  const seatCount = seats.length;
  const rounds: TournamentRound[] = [];
  for (let round = 0; round < seatCount - 1; round++) {
    const line = [fixed, ...turning.slice(round), ...turning.slice(0, round)];
    const matches: TournamentMatch[] = [];
    for (let i = 0; i < seatCount / 2; i++) {
      const left = line[i] ?? -1;
      const right = line[seatCount - 1 - i] ?? -1;
      if (left === -1 || right === -1) continue;
      // Alternating sides keeps each entrant's red and blue matches about even.
      const leftIsRed = i === 0 ? round % 2 === 0 : i % 2 === 1;
      matches.push({
        red: [leftIsRed ? left : right],
        blue: [leftIsRed ? right : left],
        state: 'pending',
      });
    }
    rounds.push({ matches });
  }
  return rounds;
}
