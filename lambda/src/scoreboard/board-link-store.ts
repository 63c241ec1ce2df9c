/** Read-only scoreboard links: a token in a URL stands for an account, for a limited time. */
export interface BoardLinkStore {
  /**
   * Makes a new link for the account and returns its token; it works until
   * `boardLinkExpiry(now)`. Only a hash is stored: the token exists in the returned value (and
   * the card sent to the account) alone.
   */
  create(accountId: string, now: number): Promise<string>;
  /** The account a token shows at `now`; undefined when it is unknown, revoked or expired. */
  accountOf(token: string, now: number): Promise<string | undefined>;
  /** Revokes every link of the account. @returns how many that still worked were revoked. */
  revokeAll(accountId: string, now: number): Promise<number>;
  /**
   * Makes every link of the account that still works at `now` work until `boardLinkExpiry(now)`.
   * Expired links stay dead (they are deleted): a new one is asked for instead.
   * @returns how many were renewed.
   */
  renewAll(accountId: string, now: number): Promise<number>;
}
