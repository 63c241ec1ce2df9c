import type { MatchResult } from '../match/result';
import { BAR_RULES } from '../match/rules';
import type { TeamColor, Teams } from '../match/types';

/** A reproducible source of numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let sequence = 0;

/** A finished one-game match to 10, red or blue winning, the losers scoring `losersGoals`. */
export function result(
  teams: Teams,
  winner: TeamColor,
  finishedAt: number,
  losersGoals = 5,
  scorers: Record<string, number> = {},
): MatchResult {
  sequence += 1;
  const goals = winner === 'red' ? { red: 10, blue: losersGoals } : { red: losersGoals, blue: 10 };
  return {
    id: `result-${sequence}`,
    mode: teams.red.length === 1 ? 'singles' : 'doubles',
    teams,
    rules: BAR_RULES,
    games: [{ ...goals }],
    gamesWon: winner === 'red' ? { red: 1, blue: 0 } : { red: 0, blue: 1 },
    goals,
    winner,
    fanny: losersGoals === 0,
    scorers,
    startedAt: finishedAt - 600_000,
    finishedAt,
  };
}

/** Shorthand: red team wins against blue. */
export function redBeatsBlue(
  red: string[],
  blue: string[],
  finishedAt: number,
  losersGoals = 5,
): MatchResult {
  return result({ red, blue }, 'red', finishedAt, losersGoals);
}

export const SEASON_PLAYERS = [
  'Alice',
  'Bob',
  'Chloé',
  'David',
  'Élodie',
  'François',
  'Gaëlle',
  'Hugo',
  'Inès',
  'Jules',
];

/** How Alexa sometimes hears a name: other case, no accents. */
function misheard(name: string, random: () => number): string {
  if (random() < 0.8) return name;
  return random() < 0.5 ? name.toUpperCase() : name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A season of matches among ten players with uneven strength: singles and doubles, some
 * fannys, goals credited to players (sometimes to someone who was not at the table), names
 * sometimes spelled differently, over several months, in the order they finished.
 */
export function season(matches: number, seed: number): MatchResult[] {
  const random = seeded(seed);
  const strength = new Map(SEASON_PLAYERS.map((name, i) => [name, 1 + i * 0.3]));
  const results: MatchResult[] = [];
  let at = Date.UTC(2025, 0, 27, 18, 0);
  for (let m = 0; m < matches; m++) {
    at += Math.floor((2 + random() * 28) * 3_600_000);
    const size = random() < 0.5 ? 1 : 2;
    const drawn = [...SEASON_PLAYERS].sort(() => random() - 0.5).slice(0, size * 2);
    const red = drawn.slice(0, size);
    const blue = drawn.slice(size);
    const power = (team: string[]) => team.reduce((sum, name) => sum + (strength.get(name) ?? 1), 0);
    const winner: TeamColor = random() < power(red) / (power(red) + power(blue)) ? 'red' : 'blue';
    const losersGoals = random() < 0.12 ? 0 : Math.floor(random() * 10);
    const winners = winner === 'red' ? red : blue;
    const scorers: Record<string, number> = {};
    const firstScorer = winners[0] ?? 'Alice';
    scorers[misheard(firstScorer, random)] = 1 + Math.floor(random() * 9);
    if (random() < 0.1) scorers.Zoé = 1;
    results.push(
      result(
        { red: red.map((name) => misheard(name, random)), blue: blue.map((name) => misheard(name, random)) },
        winner,
        at,
        losersGoals,
        scorers,
      ),
    );
  }
  return results;
}
