import type { MatchResult } from '../match/result';
import { playerKey } from '../stats/names';

/** Who played today and with whom: what decides who sits out and which pairs are repeats. */
export interface TodaysPlay {
  /** Matches each player played, by `playerKey`. */
  games: ReadonlyMap<string, number>;
  /** Matches two players played on the same team, by `pairOf`. */
  pairs: ReadonlyMap<string, number>;
}

/** The key of two players as partners, whatever their order. */
export function pairOf(first: string, second: string): string {
  return [playerKey(first), playerKey(second)].sort().join('|');
}

/** Today's play from the league's recent results: those that finished at or after `since`. */
export function todaysPlay(results: readonly MatchResult[], since: number): TodaysPlay {
  const games = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const result of results) {
    if (result.finishedAt < since) continue;
    for (const team of [result.teams.red, result.teams.blue]) {
      for (const name of team) games.set(playerKey(name), (games.get(playerKey(name)) ?? 0) + 1);
      const [first, second] = team;
      if (first !== undefined && second !== undefined) {
        const pair = pairOf(first, second);
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      }
    }
  }
  return { games, pairs };
}

export const NOBODY_PLAYED: TodaysPlay = { games: new Map(), pairs: new Map() };
