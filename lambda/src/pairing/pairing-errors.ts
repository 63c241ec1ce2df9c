import { BabyfootError } from '../domain/errors';

/** The player said something that is not a four-digit code. */
export class MalformedPairingCodeError extends BabyfootError {
  readonly code = 'malformedPairingCode';
  constructor() {
    super('A pairing code has four digits');
  }
}

/** No table shows this code (never drawn, already used, or long gone). */
export class UnknownPairingCodeError extends BabyfootError {
  readonly code = 'unknownPairingCode';
  constructor(
    readonly pairingCode: string,
    options?: { cause?: unknown },
  ) {
    super(`No table shows the pairing code ${pairingCode}`, options);
  }
}

/** The code was shown on a table, but its time ran out. */
export class ExpiredPairingCodeError extends BabyfootError {
  readonly code = 'expiredPairingCode';
  constructor(readonly pairingCode: string) {
    super(`The pairing code ${pairingCode} has expired`);
  }
}

/**
 * The account said too many wrong codes lately: no code is tried, not even the right one,
 * until the oldest of those wrong codes leaves the window. Says how long to wait.
 */
export class PairingLockedError extends BabyfootError {
  readonly code = 'pairingLocked';
  /** Whole minutes until a code is tried again (at least 1). */
  readonly waitMinutes: number;
  constructor(
    /** When a code is tried again, epoch ms. */
    readonly retryAt: number,
    now: number,
  ) {
    super(`Too many wrong pairing codes: locked until ${new Date(retryAt).toISOString()}`);
    this.waitMinutes = Math.max(1, Math.ceil((retryAt - now) / 60_000));
  }
}
