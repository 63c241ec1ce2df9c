import { TournamentNotStartedError, TournamentOverError } from '../errors';
import type { Tournament, TournamentFormat, TournamentMatch, TournamentMatchView } from './types';

/** Brackets stop at 32; the same cap keeps every format's state small. */
export const MAX_ENTRANTS = 32;

/** Names come from speech: "alice" and "Alice" are the same player. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** Index of the entrant (still in) that `player` plays for, or -1. */
export function entrantOf(t: Tournament, player: string): number {
  return t.entrants.findIndex((entrant) => !entrant.left && entrant.players.some((p) => sameName(p, player)));
}

/** Indexes of the entrants still in (all of them outside Monster DYP). */
export function activeEntrants(t: Tournament): number[] {
  return t.entrants.flatMap((entrant, index) => (entrant.left ? [] : [index]));
}

export function playerCount(t: Tournament): number {
  return t.entrants.reduce((count, entrant) => count + (entrant.left ? 0 : entrant.players.length), 0);
}

export function assertNotOver(t: Tournament): void {
  if (t.status === 'finished' || t.status === 'abandoned') throw new TournamentOverError(t.status);
}

export function assertRunning(t: Tournament): void {
  assertNotOver(t);
  if (t.status === 'registering') throw new TournamentNotStartedError();
}

/** The round being played: the first with a match still to finish, else the last. -1 before the start. */
export function currentRoundIndex(t: Tournament): number {
  const open = t.rounds.findIndex((round) => round.matches.some(isOpen));
  return open === -1 ? t.rounds.length - 1 : open;
}

/** Still to be played: pending or in play. */
export function isOpen(match: TournamentMatch): boolean {
  return match.state === 'pending' || match.state === 'in_play';
}

/** Player names on one side of a match. */
export function sidePlayers(t: Tournament, side: readonly number[]): string[] {
  return side.flatMap((index) => t.entrants[index]?.players ?? []);
}

export function matchView(t: Tournament, roundIndex: number, matchIndex: number): TournamentMatchView {
  const match = t.rounds[roundIndex]?.matches[matchIndex];
  if (!match) throw new Error(`No match ${matchIndex} in round ${roundIndex}`);
  const view: TournamentMatchView = {
    round: roundIndex + 1,
    number: matchIndex + 1,
    teams: { red: sidePlayers(t, match.red), blue: sidePlayers(t, match.blue) },
  };
  if (match.matchId !== undefined) view.matchId = match.matchId;
  return view;
}

/** Rounds of the group stage (all of them when no knockout stage follows). */
export function groupRoundCount(t: Tournament): number {
  return t.rounds.filter((round) => round.stage !== 'playoff').length;
}

/** Formats of individual players in doubles drawn every round (Monster DYP, last man standing). */
export function drawsPartners(format: TournamentFormat): boolean {
  return format === 'monster_dyp' || format === 'last_man_standing';
}
