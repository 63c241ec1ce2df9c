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
