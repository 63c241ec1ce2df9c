import { nextDoubleEliminationRound } from './double-elimination';
import { nextKnockoutRound } from './knockout';
import { drawLastManStandingRound } from './last-man-standing';
import { drawDypRound } from './monster-dyp';
import { firstPlayoffRound, nextPlayoffRound, playoffQualifiers } from './playoff';
import { currentRoundIndex, groupRoundCount, isOpen } from './roster';
import { drawSwissRound } from './swiss';
import type { Tournament, TournamentRound } from './types';

/** The round after the group stage's last: the knockout stage's first, when there is one. */
function afterGroupStage(t: Tournament): TournamentRound | undefined {
  if (t.settings.playoff === undefined) return undefined;
  t.qualifiers = playoffQualifiers(t);
  return firstPlayoffRound(t.qualifiers);
}

/** The round to play after the last one finished, or undefined when the tournament is over. */
function followingRound(t: Tournament, round: TournamentRound, index: number): TournamentRound | undefined {
  if (round.stage === 'playoff') return nextPlayoffRound(t, round);
  switch (t.format) {
    case 'round_robin':
      return index === groupRoundCount(t) - 1 ? afterGroupStage(t) : undefined;
    case 'knockout':
      return nextKnockoutRound(round);
    case 'monster_dyp':
      return t.rounds.length >= (t.settings.rounds ?? 1)
        ? afterGroupStage(t)
        : drawDypRound(t, t.rounds.length);
    case 'swiss':
      return t.rounds.length >= (t.settings.rounds ?? 1) ? undefined : drawSwissRound(t);
    case 'double_elimination':
      return nextDoubleEliminationRound(t);
    case 'last_man_standing':
      return drawLastManStandingRound(t, t.rounds.length);
  }
}

/**
 * Once the current round has no match left to play, draws the next one (a knockout's or a
 * bracket's winners going through, a Monster DYP, Swiss or last man standing draw, the
 * knockout stage after a group stage), or ends the tournament after the last.
 * Mutates `t` (a copy owned by the caller).
 */
export function settleRound(t: Tournament): void {
  const index = currentRoundIndex(t);
  const round = t.rounds[index];
  if (!round || round.matches.some(isOpen)) return;
  // A round robin's later rounds are drawn already: only its last one leads on.
  if (t.format === 'round_robin' && round.stage === undefined && index < groupRoundCount(t) - 1) return;
  const following = followingRound(t, round, index);
  if (following) {
    t.rounds.push(following);
    // A round of byes only would leave nothing to start: settle it too.
    settleRound(t);
  } else t.status = 'finished';
}
