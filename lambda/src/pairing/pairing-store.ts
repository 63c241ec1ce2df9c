/** A code a table shows so that an Echo can be linked to it. */
export interface IssuedPairing {
  code: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** A table whose code heard too many wrong tries: it must draw and show a new one. */
export interface WornOutPairing {
  thingName: string;
  /**
   * The event to draw the new code under: the same for every request that saw this code
   * wear out, so two of them at once show one new code, not two.
   */
  eventId: string;
}

/** What saying a code did. A locked account is an error (`PairingLockedError`): nothing was tried. */
export type LinkOutcome =
  | { status: 'linked'; thingName: string }
  | {
      status: 'refused';
      /** `unknown`: no table shows the code; `expired`: a table showed it, but its time ran out. */
      reason: 'unknown' | 'expired';
      /** Tables whose code this wrong try wore out (see `MAX_WRONG_TRIES_PER_CODE`). */
      wornOut: WornOutPairing[];
    };

/** Pairing codes and the Echo-to-table links they create. */
export interface PairingStore {
  /**
   * Draws a code for the table and makes it the table's only valid one. A redelivered event
   * (same `eventId`, code still valid) gets the same code back rather than a new one.
   */
  issue(request: { thingName: string; eventId: string; now: number }): Promise<IssuedPairing>;
  /**
   * Links the Echo to the table showing `code`, and uses the code up (one link per code). A
   * wrong code is counted against the account and against every table showing a code.
   * @throws PairingLockedError when the account said too many wrong codes lately.
   */
  link(request: { accountId: string; deviceId: string; code: string; now: number }): Promise<LinkOutcome>;
  /** The table this Echo was linked to, if any. */
  linkedTable(accountId: string, deviceId: string): Promise<string | undefined>;
  /**
   * Removes this Echo's link.
   * @returns the table it drove, or undefined when it was linked to none.
   */
  unlink(accountId: string, deviceId: string): Promise<string | undefined>;
}
