import { knockoutRoundCount } from './knockout';
import { activeEntrants, currentRoundIndex, isOpen, matchView } from './roster';
import type { Tournament, TournamentMatchView, TournamentStatus } from './types';

/** "Where are we?" */
export interface TournamentProgress {
  status: TournamentStatus;
  /** 1-based; 0 before the start. */
  round: number;
  totalRounds: number;
  matchesPlayed: number;
  /** Matches still to play, byes aside (for Monster DYP: with today's players). */
  matchesLeft: number;
  inPlay: TournamentMatchView[];
}

function totalRounds(t: Tournament): number {
  const entrants = t.entrants.length;
  if (t.format === 'knockout') return entrants < 2 ? 0 : knockoutRoundCount(entrants);
  if (t.format === 'monster_dyp') return t.settings.rounds ?? 0;
  return t.status === 'registering' ? (entrants % 2 === 0 ? entrants - 1 : entrants) : t.rounds.length;
}

function matchesLeft(t: Tournament, played: number): number {
  if (t.status === 'finished' || t.status === 'abandoned') return 0;
  const entrants = activeEntrants(t).length;
  const current = currentRoundIndex(t);
  if (t.format === 'round_robin') return (entrants * (entrants - 1)) / 2 - played;
  if (t.format === 'knockout') return Math.max(0, entrants - 1 - played);
  const open = t.rounds[current]?.matches.filter(isOpen).length ?? 0;
  return open + (totalRounds(t) - (current + 1)) * Math.floor(entrants / 4);
}

/** Current round out of the total, matches played and left, and the matches in play. */
export function progress(t: Tournament): TournamentProgress {
  const played = t.rounds.reduce(
    (count, round) => count + round.matches.filter((match) => match.state === 'played').length,
    0,
  );
  const inPlay = t.rounds.flatMap((round, roundIndex) =>
    round.matches.flatMap((match, matchIndex) =>
      match.state === 'in_play' ? [matchView(t, roundIndex, matchIndex)] : [],
    ),
  );
  return {
    status: t.status,
    round: currentRoundIndex(t) + 1,
    totalRounds: totalRounds(t),
    matchesPlayed: played,
    matchesLeft: matchesLeft(t, played),
    inPlay,
  };
}
