import { randomInt } from 'node:crypto';

/** How long a code shown on a table can be used to link an Echo to it. */
export const PAIRING_CODE_LIFETIME_MS = 10 * 60_000;

/** A fresh four-digit code, leading zeros kept ("0472"); unpredictable so nobody guesses the next one. */
export function drawPairingCode(draw: (limit: number) => number = (limit) => randomInt(limit)): string {
  return String(draw(10_000)).padStart(4, '0');
}

/** The four digits of a code as Alexa heard it ("4712", "4 7 1 2"), or undefined when it is not one. */
export function parsePairingCode(heard: string): string | undefined {
  const digits = heard.replace(/[\s.-]/g, '');
  return /^\d{4}$/.test(digits) ? digits : undefined;
}

/**
 * When a code drawn at `now` expires, on a whole second: DynamoDB's TTL reads epoch seconds,
 * the table reads epoch milliseconds, and both must name the same instant.
 */
export function pairingExpiry(now: number): { seconds: number; ms: number } {
  const seconds = Math.ceil((now + PAIRING_CODE_LIFETIME_MS) / 1000);
  return { seconds, ms: seconds * 1000 };
}

/**
 * Wrong codes one Alexa account may say within `WRONG_CODE_WINDOW_MS`. Four digits are 10,000
 * codes: five tries a quarter of an hour make guessing one shown code a matter of months, and
 * leave a player room for a few slips of the tongue.
 */
export const MAX_WRONG_CODES_PER_ACCOUNT = 5;

/** The sliding window of `MAX_WRONG_CODES_PER_ACCOUNT`. */
export const WRONG_CODE_WINDOW_MS = 15 * 60_000;

/**
 * Wrong codes a table's code may hear before it is replaced by a new one. Any wrong code may
 * be aimed at any table showing one, so each counts on all of them: many accounts guessing
 * together still see a code change long before they could find it.
 */
export const MAX_WRONG_TRIES_PER_CODE = 10;
