import { knockoutRoundCount } from './knockout';
import { livesLeft } from './last-man-standing';
import { activeEntrants, currentRoundIndex, groupRoundCount, isOpen, matchView } from './roster';
import { defaultSwissRounds } from './swiss';
import type { RoundStage, Tournament, TournamentMatchView, TournamentStatus } from './types';

/** "Where are we?" */
export interface TournamentProgress {
  status: TournamentStatus;
  /** 1-based; 0 before the start. */
  round: number;
  /** 0 when it depends on the results (double elimination, last man standing). */
  totalRounds: number;
  /** The current round's bracket or stage, when the format has several. */
  stage?: RoundStage;
  /** Last man standing: players with lives, and their lives together. */
  survivors?: { players: number; lives: number };
  matchesPlayed: number;
  /**
   * Matches still to play, byes aside (Monster DYP: with today's players; double elimination:
   * at least that many, one more on a reset; last man standing: at least that many).
   */
  matchesLeft: number;
  inPlay: TournamentMatchView[];
}

/** Rounds of the knockout after a group stage. */
function playoffRounds(t: Tournament): number {
  const playoff = t.settings.playoff;
  if (playoff === undefined) return 0;
  return Math.log2(t.format === 'monster_dyp' ? playoff / 2 : playoff);
}

function groupRounds(t: Tournament): number {
  const entrants = t.entrants.length;
  if (t.format === 'monster_dyp') return t.settings.rounds ?? 0;
  return t.status === 'registering' ? (entrants % 2 === 0 ? entrants - 1 : entrants) : groupRoundCount(t);
}

function totalRounds(t: Tournament): number {
  const entrants = t.entrants.length;
  switch (t.format) {
    case 'knockout':
      return entrants < 2 ? 0 : knockoutRoundCount(entrants);
    case 'swiss':
      return t.settings.rounds ?? defaultSwissRounds(entrants);
    case 'double_elimination':
    case 'last_man_standing':
      return 0;
    default:
      return groupRounds(t) + playoffRounds(t);
  }
}

function matchesLeft(t: Tournament, played: number): number {
  if (t.status === 'finished' || t.status === 'abandoned') return 0;
  const entrants = activeEntrants(t).length;
  const current = currentRoundIndex(t);
  const open = t.rounds[current]?.matches.filter(isOpen).length ?? 0;
  const playoff =
    t.settings.playoff === undefined
      ? 0
      : (t.format === 'monster_dyp' ? t.settings.playoff / 2 : t.settings.playoff) - 1;
  if (t.qualifiers) return Math.max(0, playoff - played + groupMatches(t));
  switch (t.format) {
    case 'round_robin':
      return (entrants * (entrants - 1)) / 2 - played + playoff;
    case 'knockout':
      return Math.max(0, entrants - 1 - played);
    case 'swiss':
      return open + (totalRounds(t) - (current + 1)) * Math.floor(entrants / 2);
    case 'double_elimination':
      return Math.max(open, 2 * (entrants - 1) - played);
    case 'last_man_standing': {
      // A match takes a life from two players at most, and the winner keeps theirs.
      const lives = livesLeft(t);
      const total = lives.reduce((sum, value) => sum + value, 0);
      return Math.max(open, Math.ceil((total - Math.max(0, ...lives)) / 2));
    }
    default:
      return open + (groupRounds(t) - (current + 1)) * Math.floor(entrants / 4) + playoff;
  }
}

/** Matches decided in the group stage. */
function groupMatches(t: Tournament): number {
  return t.rounds
    .filter((round) => round.stage !== 'playoff')
    .reduce((count, round) => count + round.matches.filter((match) => match.state === 'played').length, 0);
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
  const state: TournamentProgress = {
    status: t.status,
    round: currentRoundIndex(t) + 1,
    totalRounds: totalRounds(t),
    matchesPlayed: played,
    matchesLeft: matchesLeft(t, played),
    inPlay,
  };
  const stage = t.rounds[currentRoundIndex(t)]?.stage;
  if (stage) state.stage = stage;
  if (t.format === 'last_man_standing' && t.status !== 'registering') {
    const lives = livesLeft(t).filter((value) => value > 0);
    state.survivors = { players: lives.length, lives: lives.reduce((sum, value) => sum + value, 0) };
  }
  return state;
}
