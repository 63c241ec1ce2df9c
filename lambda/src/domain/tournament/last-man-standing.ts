import { lossesOf } from './double-elimination';
import { dypHistory } from './dyp-history';
import { drawDypRound } from './monster-dyp';
import { seededRandom, shuffled } from './random';
import type { Tournament, TournamentRound } from './types';

export const DEFAULT_LIVES = 3;
export const MAX_LIVES = 9;

/** Lives left per entrant: each lost match costs one. */
export function livesLeft(t: Tournament): number[] {
  const lives = t.settings.lives ?? DEFAULT_LIVES;
  return lossesOf(t).map((losses) => Math.max(0, lives - losses));
}

/** Players who still have a life, in entry order. */
export function survivors(t: Tournament): number[] {
  return livesLeft(t).flatMap((lives, index) => (lives > 0 ? [index] : []));
}

/**
 * The next round among the survivors: doubles drawn like a Monster DYP's while four or more
 * are left (n mod 4 sit out, those who played most); with two or three left, a singles match
 * (with three, the one who played most sits out, ties drawn). Undefined once one is left.
 */
export function drawLastManStandingRound(t: Tournament, roundIndex: number): TournamentRound | undefined {
  const alive = survivors(t);
  if (alive.length <= 1) return undefined;
  if (alive.length >= 4) return drawDypRound(t, roundIndex, alive);
  const random = seededRandom(`${t.seed}:round:${roundIndex}`);
  const { played } = dypHistory(t.entrants.length, t.rounds.slice(0, roundIndex));
  const drawn = shuffled(alive, random);
  const order = [...drawn].sort((a, b) => (played[a] ?? 0) - (played[b] ?? 0));
  const [red = 0, blue = 0, resting] = order;
  const round: TournamentRound = { matches: [{ red: [red], blue: [blue], state: 'pending' }] };
  return resting === undefined ? round : { ...round, sittingOut: [resting] };
}
