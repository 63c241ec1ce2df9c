import { type DypHistory, dypHistory } from './dyp-history';
import {
  circlePairings,
  improvePairs,
  type Pair,
  pairInOrder,
  pairTeams,
  partnerCost,
} from './partner-matching';
import { type Random, seededRandom, shuffled } from './random';
import { activeEntrants } from './roster';
import type { Tournament, TournamentMatch, TournamentRound } from './types';

/** Rounds when none were asked for: each player can meet a new partner every round, up to 7. */
export function defaultDypRounds(players: number): number {
  return Math.max(1, Math.min(7, players - 1));
}

/**
 * Who sits out: n mod 4 players, those who played the most so far (for a steady group:
 * those who sat out least, so nobody sits out twice before everyone sat out once; a
 * newcomer, who played nothing, plays first). Ties are drawn.
 */
function chooseSittingOut(active: readonly number[], history: DypHistory, random: Random): number[] {
  const draw = new Map(active.map((player) => [player, random()]));
  const priority = [...active].sort(
    (a, b) =>
      (history.played[b] ?? 0) - (history.played[a] ?? 0) ||
      (history.satOut[a] ?? 0) - (history.satOut[b] ?? 0) ||
      (draw.get(a) ?? 0) - (draw.get(b) ?? 0),
  );
  return priority.slice(0, active.length % 4).sort((a, b) => a - b);
}

interface PartnerCandidate {
  pairs: Pair[];
  /** From the circle schedule: picking these first keeps n − 1 rounds free of repeats. */
  scheduled: boolean;
}

/**
 * Candidate partner pairings: each round of a circle schedule over the whole roster (its
 * seats drawn once per tournament, so it stays the same from round to round), and random
 * pairings improved by partner swaps.
 */
function partnerCandidates(
  t: Tournament,
  active: readonly number[],
  playing: readonly number[],
  history: DypHistory,
  random: Random,
): PartnerCandidate[] {
  const seat = (player: number) => seededRandom(`${t.seed}:seat:${player}`)();
  const roster = [...active].sort((a, b) => seat(a) - seat(b));
  const plays = new Set(playing);
  const scheduled = circlePairings(roster).map((pairs) => {
    const kept = pairs.filter(([a, b]) => plays.has(a) && plays.has(b));
    const paired = new Set(kept.flat());
    const unpaired = playing.filter((player) => !paired.has(player));
    return { pairs: [...kept, ...improvePairs(pairInOrder(unpaired), history.partners)], scheduled: true };
  });
  const drawn = Array.from({ length: 8 }, () => ({
    pairs: improvePairs(pairInOrder(shuffled(playing, random)), history.partners),
    scheduled: false,
  }));
  return [...scheduled, ...drawn];
}

/**
 * Draws Monster DYP round `roundIndex` (0-based) from the players still in (`active`, every
 * player who has not left unless told) and the rounds before it: fewest players sitting out, then fewest repeated partners, then fewest
 * repeated opponents. The same tournament seed always draws the same round.
 */
export function drawDypRound(
  t: Tournament,
  roundIndex: number,
  active: readonly number[] = activeEntrants(t),
): TournamentRound {
  const random = seededRandom(`${t.seed}:round:${roundIndex}`);
  const history = dypHistory(t.entrants.length, t.rounds.slice(0, roundIndex));
  const sittingOut = chooseSittingOut(active, history, random);
  const playing = active.filter((player) => !sittingOut.includes(player));

  const candidates = partnerCandidates(t, active, playing, history, random).map((candidate) => ({
    ...candidate,
    cost: partnerCost(candidate.pairs, history.partners),
  }));
  const fewestRepeats = Math.min(...candidates.map((candidate) => candidate.cost));
  let finalists = candidates.filter((candidate) => candidate.cost === fewestRepeats);
  if (finalists.some((candidate) => candidate.scheduled)) {
    finalists = finalists.filter((candidate) => candidate.scheduled);
  }
  let best: [Pair, Pair][] = [];
  let bestOpponentCost = Number.POSITIVE_INFINITY;
  for (const candidate of finalists) {
    const { matches, cost } = pairTeams(candidate.pairs, history.opponents);
    if (cost < bestOpponentCost) {
      best = matches;
      bestOpponentCost = cost;
    }
  }

  const matches = shuffled(best, random).map(([one, other]): TournamentMatch => {
    const oneIsRed = random() < 0.5;
    return { red: oneIsRed ? one : other, blue: oneIsRed ? other : one, state: 'pending' };
  });
  return sittingOut.length > 0 ? { matches, sittingOut } : { matches };
}
