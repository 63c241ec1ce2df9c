/** A code a table shows so that an Echo can be linked to it. */
export interface IssuedPairing {
  code: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** Pairing codes and the Echo-to-table links they create. */
export interface PairingStore {
  /**
   * Draws a code for the table and makes it the table's only valid one. A redelivered event
   * (same `eventId`, code still valid) gets the same code back rather than a new one.
   */
  issue(request: { thingName: string; eventId: string; now: number }): Promise<IssuedPairing>;
  /**
   * Links the Echo to the table showing `code`, and uses the code up (one link per code).
   * @returns the table's thing name.
   * @throws UnknownPairingCodeError, ExpiredPairingCodeError
   */
  link(request: { accountId: string; deviceId: string; code: string; now: number }): Promise<string>;
  /** The table this Echo was linked to, if any. */
  linkedTable(accountId: string, deviceId: string): Promise<string | undefined>;
}
