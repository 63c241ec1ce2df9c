import {
  DuplicatePlayerError,
  InvalidRoundCountError,
  InvalidRulesError,
  PlayerHasMatchToPlayError,
  PlayerNotInTournamentError,
  TooFewEntrantsError,
  TooManyEntrantsError,
  TournamentAlreadyStartedError,
} from '../errors';
import type { MatchMode } from '../match/types';
import {
  InvalidLivesError,
  InvalidPlayoffError,
  InvalidSwissRoundsError,
  KnockoutStageDrawnError,
} from './format-errors';
import { MAX_LIVES } from './last-man-standing';
import { drawDypRound } from './monster-dyp';
import {
  activeEntrants,
  assertNotOver,
  currentRoundIndex,
  drawsPartners,
  entrantOf,
  isOpen,
  MAX_ENTRANTS,
  sameName,
} from './roster';
import { maxSwissRounds } from './swiss';
import type { Tournament, TournamentFormat, TournamentSettings } from './types';

/** Tournaments play shorter games than a bar match. */
export const DEFAULT_TOURNAMENT_TARGET = 5;

export interface NewTournament {
  format: TournamentFormat;
  /** Round robin and knockout: singles (default) or fixed doubles. Monster DYP always plays doubles. */
  mode?: MatchMode;
  /** In doubles, neighbours form a team: Alice, Bob, Carole, David → Alice & Bob, Carole & David. */
  players?: string[];
  /** Points that win a game; 5 unless told. */
  target?: number;
  /** 1 (default) or 3. */
  bestOf?: number;
  /**
   * Monster DYP: rounds to play (1..50); by default players − 1, at most 7. Swiss: 1 to
   * 31 (checked against the entrants at the start); by default ⌈log2 n⌉ + 1.
   */
  rounds?: number;
  /** Last man standing: lives each (1..9), 3 unless told. */
  lives?: number;
  /** Round robin or Monster DYP: the best 4 or 8 then play a knockout. */
  playoff?: number;
}

/** Checks the format's own settings (rounds, lives, knockout stage) and returns them. */
function formatSettings(input: NewTournament): Partial<TournamentSettings> {
  const settings: Partial<TournamentSettings> = {};
  const { rounds, lives, playoff } = input;
  if (rounds !== undefined && input.format === 'monster_dyp') {
    if (!Number.isInteger(rounds) || rounds < 1 || rounds > 50) throw new InvalidRoundCountError(rounds);
    settings.rounds = rounds;
  }
  if (rounds !== undefined && input.format === 'swiss') {
    const most = maxSwissRounds(MAX_ENTRANTS);
    if (!Number.isInteger(rounds) || rounds < 1 || rounds > most)
      throw new InvalidSwissRoundsError(rounds, most);
    settings.rounds = rounds;
  }
  if (lives !== undefined && input.format === 'last_man_standing') {
    if (!Number.isInteger(lives) || lives < 1 || lives > MAX_LIVES)
      throw new InvalidLivesError(lives, MAX_LIVES);
    settings.lives = lives;
  }
  if (playoff !== undefined) {
    const grouped = input.format === 'round_robin' || input.format === 'monster_dyp';
    if (!grouped || (playoff !== 4 && playoff !== 8)) throw new InvalidPlayoffError(playoff);
    settings.playoff = playoff;
  }
  return settings;
}

/** A tournament taking entrants: nothing is drawn until `startTournament`. */
export function createTournament(input: NewTournament): Tournament {
  const target = input.target ?? DEFAULT_TOURNAMENT_TARGET;
  if (!Number.isInteger(target) || target < 1 || target > 99) throw new InvalidRulesError('target');
  const bestOf = input.bestOf ?? 1;
  if (bestOf !== 1 && bestOf !== 3) throw new InvalidRulesError('bestOf');
  const tournament: Tournament = {
    format: input.format,
    mode: drawsPartners(input.format) ? 'doubles' : (input.mode ?? 'singles'),
    status: 'registering',
    settings: { target, bestOf, ...formatSettings(input) },
    entrants: [],
    rounds: [],
  };
  return input.players && input.players.length > 0 ? addEntrant(tournament, input.players) : tournament;
}

/** Fixed doubles: whole teams, or a lone player who waits for (or completes) a team. */
function takesTeams(t: Tournament): boolean {
  return !drawsPartners(t.format) && t.mode === 'doubles';
}

/** A fresh Monster DYP round (nothing started) is drawn again for the new roster. */
function redrawIfFresh(t: Tournament): void {
  if (t.format !== 'monster_dyp' || t.status !== 'running') return;
  const current = currentRoundIndex(t);
  const round = t.rounds[current];
  if (round?.matches.every((match) => match.state === 'pending')) {
    t.rounds[current] = drawDypRound(t, current);
  }
}

function assertCanChangeRoster(t: Tournament): void {
  assertNotOver(t);
  // A Monster DYP's roster may change between rounds, not once its knockout stage is drawn.
  if (t.status !== 'running') return;
  if (t.format === 'monster_dyp' && t.qualifiers !== undefined) throw new KnockoutStageDrawnError();
  if (t.format !== 'monster_dyp') throw new TournamentAlreadyStartedError();
}

/**
 * Adds players ("ajoute Eve"). In fixed doubles, names go two by two into teams; a single
 * name joins the first player waiting for a partner, or waits. In Monster DYP a player may
 * join at any time: in the next round drawn, or in the current one when none of its matches
 * has started (it is drawn again). A player who left comes back with their results.
 */
export function addEntrant(t: Tournament, players: readonly string[]): Tournament {
  assertCanChangeRoster(t);
  const next = structuredClone(t);
  const names = players.map((player) => player.trim());
  names.forEach((name, index) => {
    if (name === '') throw new Error('A player name is empty');
    if (entrantOf(next, name) !== -1 || names.slice(0, index).some((earlier) => sameName(earlier, name))) {
      throw new DuplicatePlayerError(name);
    }
  });
  const groups = takesTeams(next) ? chunkInTwos(names) : names.map((name) => [name]);
  for (const group of groups) {
    const waiting = next.entrants.find((entrant) => entrant.players.length === 1);
    const returning = next.entrants.find(
      (entrant) => entrant.left && sameName(entrant.players[0] ?? '', group[0] ?? ''),
    );
    if (takesTeams(next) && group.length === 1 && waiting) waiting.players.push(...group);
    else if (returning) delete returning.left;
    else next.entrants.push({ players: group });
    if (activeEntrants(next).length > MAX_ENTRANTS) throw new TooManyEntrantsError(MAX_ENTRANTS);
  }
  redrawIfFresh(next);
  return next;
}

function chunkInTwos(names: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (let i = 0; i < names.length; i += 2) groups.push(names.slice(i, i + 2));
  return groups;
}

/**
 * Removes a player ("retire Bob"). In fixed doubles only that player goes: the partner waits
 * for a new one. In a running Monster DYP the player leaves for the coming rounds and keeps
 * their results; not while they still have a match to play in a round already under way.
 */
export function removeEntrant(t: Tournament, player: string): Tournament {
  assertCanChangeRoster(t);
  const next = structuredClone(t);
  const index = entrantOf(next, player);
  const entrant = next.entrants[index];
  if (!entrant) throw new PlayerNotInTournamentError(player);
  if (next.status === 'registering') {
    entrant.players = entrant.players.filter((name) => !sameName(name, player));
    if (entrant.players.length === 0) next.entrants.splice(index, 1);
    return next;
  }
  const round = next.rounds[currentRoundIndex(next)];
  const fresh = round?.matches.every((match) => match.state === 'pending') ?? true;
  const stillToPlay = round?.matches.some(
    (match) => isOpen(match) && (match.red.includes(index) || match.blue.includes(index)),
  );
  if (!fresh && stillToPlay) throw new PlayerHasMatchToPlayError(player);
  const remaining = activeEntrants(next).length - 1;
  if (remaining < 4) throw new TooFewEntrantsError(4, remaining);
  entrant.left = true;
  redrawIfFresh(next);
  return next;
}
