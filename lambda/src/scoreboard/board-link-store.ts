/** Read-only scoreboard links: a token in a URL stands for an account. */
export interface BoardLinkStore {
  /**
   * Makes a new link for the account and returns its token. Only a hash is stored: the token
   * exists in the returned value (and the card sent to the account) alone.
   */
  create(accountId: string, now: number): Promise<string>;
  /** The account a token shows; undefined when it is unknown or was revoked. */
  accountOf(token: string): Promise<string | undefined>;
  /** Revokes every link of the account. @returns how many were revoked. */
  revokeAll(accountId: string): Promise<number>;
}
