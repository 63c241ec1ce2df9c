import type { Teams } from '../match/types';
import { playerKey } from '../stats/names';
import { defaultRating, winProbability } from '../stats/ratings';
import type { Rating } from '../stats/types';
import { pairOf, type TodaysPlay } from './todays-play';

/** Players a balanced-teams request takes: two for singles, four to eight for doubles. */
export const MAX_BALANCED_PLAYERS = 8;

/** The fairest match among the players named. */
export interface BalancedMatch {
  /** Red holds the first player named of the four who play. */
  teams: Teams;
  /** Probability that red wins, 0 to 1. */
  redWins: number;
  /** Players named who wait for the next match (more than four named), in the order named. */
  sittingOut: string[];
}

export type BalanceOutcome =
  | { kind: 'balanced'; match: BalancedMatch }
  /** Three players, or more than eight: no fair match. */
  | { kind: 'wrongCount'; count: number }
  /** A name said twice. */
  | { kind: 'namedTwice'; name: string };

/** What the split is decided on: each player's rating (undefined: never rated) and today's play. */
export interface BalanceContext {
  ratingOf: (name: string) => Rating | undefined;
  today: TodaysPlay;
}

interface Candidate {
  teams: Teams;
  redWins: number;
  /** |p - 50 %|: 0 is a coin toss. */
  gap: number;
  /** How many of the two pairs already played together today. */
  repeats: number;
}

const SAME_GAP = 1e-9;

/**
 * The doubles split of the players whose win probability is closest to 50 % (ties: the fewest
 * times today's pairs already played together, then the order named). With five to eight names
 * the four who played fewest matches today play; among players tied on that count, every choice
 * is evaluated and the fairest match decides who sits out. Two names make a singles match.
 * Unrated players count as new ones (25 ± 8.3).
 */
export function balancedTeams(names: readonly string[], context: BalanceContext): BalanceOutcome {
  const twice = names.find((name, index) => names.slice(0, index).some((earlier) => same(earlier, name)));
  if (twice !== undefined) return { kind: 'namedTwice', name: twice };
  if (names.length === 2) {
    const [red = '', blue = ''] = names;
    const teams = { red: [red], blue: [blue] };
    return { kind: 'balanced', match: { teams, redWins: redWinsOf(teams, context), sittingOut: [] } };
  }
  if (names.length < 4 || names.length > MAX_BALANCED_PLAYERS)
    return { kind: 'wrongCount', count: names.length };
  let best: Candidate | undefined;
  for (const four of foursomesToConsider(names, context.today)) {
    for (const teams of splitsOf(four)) {
      const candidate = candidateOf(teams, context);
      if (best === undefined || fairer(candidate, best)) best = candidate;
    }
  }
  if (best === undefined) throw new Error('Four players always have a split');
  const playing = [...best.teams.red, ...best.teams.blue];
  const sittingOut = names.filter((name) => !playing.includes(name));
  return { kind: 'balanced', match: { teams: best.teams, redWins: best.redWins, sittingOut } };
}

function same(a: string, b: string): boolean {
  return playerKey(a) === playerKey(b);
}

function redWinsOf(teams: Teams, context: BalanceContext): number {
  const rating = (name: string) => context.ratingOf(name) ?? defaultRating();
  return winProbability(teams.red.map(rating), teams.blue.map(rating));
}

function candidateOf(teams: Teams, context: BalanceContext): Candidate {
  const redWins = redWinsOf(teams, context);
  const pairCount = ([first = '', second = '']: string[]) =>
    context.today.pairs.get(pairOf(first, second)) ?? 0;
  return {
    teams,
    redWins,
    gap: Math.abs(redWins - 0.5),
    repeats: pairCount(teams.red) + pairCount(teams.blue),
  };
}

/** Strictly fairer: closer to 50 %, or as close with fewer repeated pairs (else the first one found stays). */
function fairer(candidate: Candidate, best: Candidate): boolean {
  if (candidate.gap < best.gap - SAME_GAP) return true;
  return candidate.gap <= best.gap + SAME_GAP && candidate.repeats < best.repeats;
}

/** The three ways four players make two pairs, the first player always red. */
function splitsOf([a = '', b = '', c = '', d = '']: readonly string[]): Teams[] {
  return [
    { red: [a, b], blue: [c, d] },
    { red: [a, c], blue: [b, d] },
    { red: [a, d], blue: [b, c] },
  ];
}

/**
 * The foursomes that may play, in the order named: everyone who played fewer matches today than
 * the fourth-fewest is in; the places left go to any of the players tied on that count.
 */
function foursomesToConsider(names: readonly string[], today: TodaysPlay): string[][] {
  const games = (name: string) => today.games.get(playerKey(name)) ?? 0;
  const counts = names.map(games).sort((x, y) => x - y);
  const threshold = counts[3] ?? 0;
  const certain = names.filter((name) => games(name) < threshold);
  const tied = names.filter((name) => games(name) === threshold);
  return choose(tied, 4 - certain.length).map((chosen) =>
    names.filter((name) => certain.includes(name) || chosen.includes(name)),
  );
}

function choose<T>(items: readonly T[], count: number): T[][] {
  if (count === 0) return [[]];
  if (items.length < count) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...choose(rest, count - 1).map((chosen) => [first, ...chosen]), ...choose(rest, count)];
}
