import { z } from 'zod';
import { InvalidConfigError } from '../config';
import { boardLinkUrl } from './board-address';
import { boardLinkExpiry } from './board-link-expiry';
import type { BoardLinkStore } from './board-link-store';

/** A link as the skill hands it over: the URL to put on the card, and when it stops working. */
export interface MadeBoardLink {
  url: string;
  /** Epoch ms. */
  expiresAt: number;
}

/** What the skill does with scoreboard links: make one for the account, renew or revoke them all. */
export interface ScoreboardLinks {
  /** A new read-only link to the account's board. */
  create(accountId: string): Promise<MadeBoardLink>;
  /** @returns how many links stopped working. */
  revokeAll(accountId: string): Promise<number>;
  /**
   * Makes the account's working links work for another `BOARD_LINK_LIFETIME_MS` from now.
   * @returns how many were renewed, and until when (epoch ms).
   */
  renewAll(accountId: string): Promise<{ renewed: number; expiresAt: number }>;
}

/** Links under `baseUrl` (the scoreboard's function URL, or the local server's address). */
export function scoreboardLinks(store: BoardLinkStore, baseUrl: string, now: () => number): ScoreboardLinks {
  return {
    async create(accountId) {
      const at = now();
      const token = await store.create(accountId, at);
      return { url: boardLinkUrl(baseUrl, token), expiresAt: boardLinkExpiry(at).ms };
    },
    revokeAll: (accountId) => store.revokeAll(accountId, now()),
    async renewAll(accountId) {
      const at = now();
      return { renewed: await store.renewAll(accountId, at), expiresAt: boardLinkExpiry(at).ms };
    },
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
