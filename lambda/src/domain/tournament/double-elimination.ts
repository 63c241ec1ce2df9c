import { losingSide, pairBestWithWorst } from './bracket';
import { firstKnockoutRound, nextKnockoutRound } from './knockout';
import type { Tournament, TournamentRound } from './types';

/** Losses so far per entrant (a double elimination is out at two). */
export function lossesOf(t: Tournament): number[] {
  const losses = new Array<number>(t.entrants.length).fill(0);
  for (const match of t.rounds.flatMap((round) => round.matches)) {
    if (match.state !== 'played') continue;
    for (const index of losingSide(match)) losses[index] = (losses[index] ?? 0) + 1;
  }
  return losses;
}

/** Round 1 of the winners' bracket: the knockout's, byes to the top seeds. */
export function firstDoubleEliminationRound(entrants: number): TournamentRound {
  return { ...firstKnockoutRound(entrants), stage: 'winners' };
}

/**
 * A losers' bracket round: everyone with one loss, best seed against worst; an odd count's
 * bye to the best seed who has not had one in this bracket.
 */
function losersRound(t: Tournament, oneLoss: readonly number[]): TournamentRound {
  const hadBye = new Set(
    t.rounds
      .filter((round) => round.stage === 'losers')
      .flatMap((round) => round.matches.filter((match) => match.state === 'bye').flatMap((m) => m.red)),
  );
  const sides = [...oneLoss].sort((a, b) => a - b);
  if (sides.length % 2 === 1) {
    const bye = sides.find((entrant) => !hadBye.has(entrant)) ?? sides[0] ?? 0;
    const paired = pairBestWithWorst(sides.filter((entrant) => entrant !== bye).map((e) => [e]));
    return { matches: [{ red: [bye], blue: [], state: 'bye', winner: 'red' }, ...paired], stage: 'losers' };
  }
  return { matches: pairBestWithWorst(sides.map((entrant) => [entrant])), stage: 'losers' };
}

/**
 * The round after a finished one, or undefined when the tournament is over. Winners' and
 * losers' rounds alternate while both have two entrants or more; then the bracket still going
 * plays on; the grand final sets the winners' bracket winner (red) against the losers'
 * bracket winner, and a reset is played when the latter wins it.
 */
export function nextDoubleEliminationRound(t: Tournament): TournamentRound | undefined {
  const last = t.rounds.at(-1);
  if (!last) return firstDoubleEliminationRound(t.entrants.length);
  const final = last.matches[0];
  if (last.stage === 'reset') return undefined;
  if (last.stage === 'grand_final') {
    if (!final || final.winner === 'red') return undefined;
    return { matches: [{ red: final.red, blue: final.blue, state: 'pending' }], stage: 'reset' };
  }
  const losses = lossesOf(t);
  const unbeaten = losses.flatMap((count, index) => (count === 0 ? [index] : []));
  const oneLoss = losses.flatMap((count, index) => (count === 1 ? [index] : []));
  const lastWinners = t.rounds.filter((round) => round.stage === 'winners').at(-1);
  const winnersNext = () => {
    const next = lastWinners && nextKnockoutRound(lastWinners);
    return next && { ...next, stage: 'winners' as const };
  };
  if (last.stage === 'winners' && oneLoss.length >= 2) return losersRound(t, oneLoss);
  if (unbeaten.length >= 2) return winnersNext();
  if (oneLoss.length >= 2) return losersRound(t, oneLoss);
  const [champion] = unbeaten;
  const [challenger] = oneLoss;
  if (champion === undefined || challenger === undefined) return undefined;
  return { matches: [{ red: [champion], blue: [challenger], state: 'pending' }], stage: 'grand_final' };
}
