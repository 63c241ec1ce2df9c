import type { MatchResult } from '../../lambda/src/domain/match/result';
import type { TeamColor } from '../../lambda/src/domain/match/types';

/*
 * Counts done the plain way, straight from the raw history, to check what the skill says
 * against: no aggregate document, no domain stats function.
 */

export interface Tally {
  name: string;
  played: number;
  won: number;
  goalsFor: number;
  goalsAgainst: number;
  fannysGiven: number;
  fannysTaken: number;
  goalsCredited: number;
  currentStreak: number;
  longestStreak: number;
}

export interface Ranked {
  rank: number;
  tally: Tally;
  /** Another player has the same rank. */
  shared: boolean;
}

export interface Companion {
  name: string;
  played: number;
  won: number;
}

function sideOf(result: MatchResult, name: string): TeamColor | undefined {
  if (result.teams.red.includes(name)) return 'red';
  return result.teams.blue.includes(name) ? 'blue' : undefined;
}

/** A player's record over these results (in the order they finished). */
export function tallyOf(results: readonly MatchResult[], name: string): Tally {
  const tally: Tally = {
    name,
    played: 0,
    won: 0,
    goalsFor: 0,
    goalsAgainst: 0,
    fannysGiven: 0,
    fannysTaken: 0,
    goalsCredited: 0,
    currentStreak: 0,
    longestStreak: 0,
  };
  for (const result of results) {
    const side = sideOf(result, name);
    if (side === undefined) continue;
    const other = side === 'red' ? 'blue' : 'red';
    tally.played += 1;
    tally.goalsFor += result.goals[side];
    tally.goalsAgainst += result.goals[other];
    tally.goalsCredited += result.scorers[name] ?? 0;
    if (result.winner === side) {
      tally.won += 1;
      tally.currentStreak += 1;
      tally.longestStreak = Math.max(tally.longestStreak, tally.currentStreak);
      if (result.goals[other] === 0) tally.fannysGiven += 1;
    } else {
      tally.currentStreak = 0;
      if (result.goals[side] === 0) tally.fannysTaken += 1;
    }
  }
  return tally;
}

/** Everyone with a match, most wins first, then the better win rate; level on both, a shared rank. */
export function winsRanking(results: readonly MatchResult[], names: readonly string[]): Ranked[] {
  const rate = (tally: Tally) => tally.won / tally.played;
  const tallies = names.map((name) => tallyOf(results, name)).filter((tally) => tally.played > 0);
  tallies.sort((a, b) => b.won - a.won || rate(b) - rate(a) || a.name.localeCompare(b.name));
  const ranked = tallies.map((tally, index) => ({ rank: index + 1, tally, shared: false }));
  for (let i = 1; i < ranked.length; i++) {
    const [before, here] = [ranked[i - 1], ranked[i]];
    if (before && here && before.tally.won === here.tally.won && rate(before.tally) === rate(here.tally)) {
      here.rank = before.rank;
      here.shared = before.shared = true;
    }
  }
  return ranked;
}

/** The two players' matches on opposite sides: wins and goals of each. */
export function headToHeadOf(results: readonly MatchResult[], first: string, second: string) {
  const record = { played: 0, firstWins: 0, secondWins: 0, firstGoals: 0, secondGoals: 0 };
  for (const result of results) {
    const [a, b] = [sideOf(result, first), sideOf(result, second)];
    if (a === undefined || b === undefined || a === b) continue;
    record.played += 1;
    if (result.winner === a) record.firstWins += 1;
    else record.secondWins += 1;
    record.firstGoals += result.goals[a];
    record.secondGoals += result.goals[b];
  }
  return record;
}

function companions(results: readonly MatchResult[], name: string, together: boolean): Companion[] {
  const byName = new Map<string, Companion>();
  for (const result of results) {
    const side = sideOf(result, name);
    if (side === undefined) continue;
    const others = together
      ? result.teams[side].filter((other) => other !== name)
      : result.teams[side === 'red' ? 'blue' : 'red'];
    for (const other of others) {
      const companion = byName.get(other) ?? { name: other, played: 0, won: 0 };
      companion.played += 1;
      if (result.winner === side) companion.won += 1;
      byName.set(other, companion);
    }
  }
  return [...byName.values()].filter((companion) => companion.played >= 3);
}

/** Best win rate together over 3 or more matches, at least one win; ties: more wins, then name. */
export function bestPartnerOf(results: readonly MatchResult[], name: string): Companion | undefined {
  return companions(results, name, true)
    .filter((c) => c.won > 0)
    .sort((a, b) => b.won / b.played - a.won / a.played || b.won - a.won || a.name.localeCompare(b.name))[0];
}

/** Worst win rate against over 3 or more matches, at least one loss; ties: more losses, then name. */
export function nemesisOf(results: readonly MatchResult[], name: string): Companion | undefined {
  const lost = (c: Companion) => c.played - c.won;
  return companions(results, name, false)
    .filter((c) => lost(c) > 0)
    .sort(
      (a, b) => a.won / a.played - b.won / b.played || lost(b) - lost(a) || a.name.localeCompare(b.name),
    )[0];
}

/** Results of the current ISO week (Monday 00:00 UTC on) and calendar month, in UTC. */
export function inPeriod(
  results: readonly MatchResult[],
  period: 'week' | 'month',
  now: number,
): MatchResult[] {
  const day = new Date(now);
  const from =
    period === 'month'
      ? Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1)
      : Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) -
        ((day.getUTCDay() + 6) % 7) * 86_400_000;
  return results.filter((result) => result.finishedAt >= from && result.finishedAt <= now);
}

/** Whole percentage, as spoken. */
export function percentOf(won: number, played: number): number {
  return Math.round((won / played) * 100);
}
