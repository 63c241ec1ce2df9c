import { nextKnockoutRound } from './knockout';
import { drawDypRound } from './monster-dyp';
import { currentRoundIndex, isOpen } from './roster';
import type { Tournament } from './types';

/**
 * Once the current round has no match left to play: the knockout's winners go through to
 * the next round, Monster DYP draws its next round, and the last round ends the tournament.
 * Mutates `t` (a copy owned by the caller).
 */
export function settleRound(t: Tournament): void {
  const index = currentRoundIndex(t);
  const round = t.rounds[index];
  if (!round || round.matches.some(isOpen)) return;
  if (t.format === 'round_robin') {
    if (index === t.rounds.length - 1) t.status = 'finished';
  } else if (t.format === 'knockout') {
    const following = nextKnockoutRound(round);
    if (following) t.rounds.push(following);
    else t.status = 'finished';
  } else if (t.rounds.length >= (t.settings.rounds ?? 1)) {
    t.status = 'finished';
  } else {
    t.rounds.push(drawDypRound(t, t.rounds.length));
  }
}
