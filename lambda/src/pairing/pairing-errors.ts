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
