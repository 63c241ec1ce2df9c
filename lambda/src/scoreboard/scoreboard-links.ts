import { z } from 'zod';
import { InvalidConfigError } from '../config';
import { boardLinkUrl } from './board-address';
import type { BoardLinkStore } from './board-link-store';

/** What the skill does with scoreboard links: make one for the account, revoke them all. */
export interface ScoreboardLinks {
  /** A new read-only link to the account's board: the URL to put on the card. */
  create(accountId: string): Promise<string>;
  /** @returns how many links stopped working. */
  revokeAll(accountId: string): Promise<number>;
}

/** Links under `baseUrl` (the scoreboard's function URL, or the local server's address). */
export function scoreboardLinks(store: BoardLinkStore, baseUrl: string, now: () => number): ScoreboardLinks {
  return {
    create: async (accountId) => boardLinkUrl(baseUrl, await store.create(accountId, now())),
    revokeAll: (accountId) => store.revokeAll(accountId),
  };
}

const scoreboardUrlSchema = z.url({ protocol: /^https?$/ }).optional();

/**
 * `SCOREBOARD_URL`: where the board is served (the function URL in AWS). Unset, the skill
 * says the web scoreboard is not set up; malformed, the Lambda fails at start, naming it.
 */
export function scoreboardUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const parsed = scoreboardUrlSchema.safeParse(env.SCOREBOARD_URL || undefined);
  if (!parsed.success)
    throw new InvalidConfigError(`SCOREBOARD_URL must be an http(s) URL, got "${env.SCOREBOARD_URL}"`, {
      cause: parsed.error,
    });
  return parsed.data;
}
