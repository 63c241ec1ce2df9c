import { TournamentMatchNotInPlayError } from '../errors';
import { assertRunning, matchView } from './roster';
import type { Tournament, TournamentMatchView } from './types';

function locate(t: Tournament, matchId: string): { round: number; index: number } | undefined {
  for (const [round, { matches }] of t.rounds.entries()) {
    const index = matches.findIndex((match) => match.matchId === matchId && match.state === 'in_play');
    if (index !== -1) return { round, index };
  }
  return undefined;
}

/**
 * The tournament match that table match `matchId` was playing, when it is still to be
 * decided (the table match was abandoned before its end): it has to be played again.
 */
export function matchToReplay(t: Tournament, matchId: string): TournamentMatchView | undefined {
  if (t.status !== 'running') return undefined;
  const found = locate(t, matchId);
  return found && matchView(t, found.round, found.index);
}

/** Plays the tournament match of abandoned table match `matchId` again, as table match `newMatchId`. */
export function replayMatch(t: Tournament, matchId: string, newMatchId: string): Tournament {
  assertRunning(t);
  const found = locate(t, matchId);
  if (!found) throw new TournamentMatchNotInPlayError(matchId);
  const next = structuredClone(t);
  const match = next.rounds[found.round]?.matches[found.index];
  if (match) match.matchId = newMatchId;
  return next;
}
