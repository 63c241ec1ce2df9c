import { winningSide } from './bracket';
import { bracketOrder } from './knockout';
import { rankedEntrants } from './standings';
import type { Tournament, TournamentMatch, TournamentRound } from './types';

/**
 * The knockout's sides once the group stage is over, best seed first: the top `playoff`
 * entrants of the table (players who left a Monster DYP aside). A Monster DYP's qualifiers
 * team up best with worst (1 and 8, 2 and 7…), so its knockout is played in doubles too.
 */
export function playoffQualifiers(t: Tournament): number[][] {
  const size = t.settings.playoff ?? 4;
  const best = rankedEntrants(t)
    .filter(({ index }) => !t.entrants[index]?.left)
    .slice(0, size)
    .map(({ index }) => index);
  if (t.format !== 'monster_dyp') return best.map((index) => [index]);
  return best.slice(0, best.length / 2).map((index, seed) => [index, best[best.length - 1 - seed] ?? index]);
}

/** Round 1 of the knockout stage: seed 1 against the last qualified, 2 against the one before… */
export function firstPlayoffRound(qualifiers: readonly number[][]): TournamentRound {
  const order = bracketOrder(qualifiers.length);
  const matches: TournamentMatch[] = [];
  for (let line = 0; line + 1 < order.length; line += 2) {
    const red = qualifiers[(order[line] ?? 1) - 1] ?? [];
    const blue = qualifiers[(order[line + 1] ?? 1) - 1] ?? [];
    matches.push({ red: [...red], blue: [...blue], state: 'pending' });
  }
  return { matches, stage: 'playoff' };
}

/** Winners of neighbouring matches meet, the better seed on red; undefined after the final. */
export function nextPlayoffRound(t: Tournament, previous: TournamentRound): TournamentRound | undefined {
  if (previous.matches.length < 2) return undefined;
  const seedOf = (side: readonly number[]) =>
    (t.qualifiers ?? []).findIndex((qualifier) => qualifier[0] === side[0]);
  const matches: TournamentMatch[] = [];
  for (let i = 0; i + 1 < previous.matches.length; i += 2) {
    const a = winningSide(previous.matches[i] as TournamentMatch);
    const b = winningSide(previous.matches[i + 1] as TournamentMatch);
    const [red, blue] = seedOf(a) <= seedOf(b) ? [a, b] : [b, a];
    matches.push({ red: [...red], blue: [...blue], state: 'pending' });
  }
  return { matches, stage: 'playoff' };
}
