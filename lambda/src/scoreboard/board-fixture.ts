import type { MatchResult } from '../domain/match/result';
import { memoryLogger } from '../logger';
import { createScoreboardApp } from './scoreboard-app';

/*
 * For the league pages' tests: a board whose one link shows a league holding `history`, and
 * requests as a browser sends them. No table, no stats document: the pages count the history.
 */

/** The one link that opens the board. */
export const BOARD_TOKEN = 'c'.repeat(43);

/** A board on the given finished matches (oldest first), as the history store would give them. */
export function boardOf(history: MatchResult[]) {
  return createScoreboardApp({
    sources: {
      matches: { load: async (thing) => ({ thingName: thing, version: 0 }) },
      history: { recent: async (_league, limit) => [...history].reverse().slice(0, limit) },
      health: { read: async () => ({}) },
      linkedThings: async () => [],
      defaultThingName: 'office',
      now: () => 42,
    },
    links: { accountOf: async (token) => (token === BOARD_TOKEN ? 'A' : undefined) },
    log: memoryLogger(),
  });
}

/** A GET of `path`, with the browser's `Accept-Language` when given. */
export const get = (path: string, acceptLanguage?: string) => ({
  method: 'GET',
  path,
  ...(acceptLanguage ? { acceptLanguage } : {}),
});
