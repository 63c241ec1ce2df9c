import { MAX_WRONG_CODES_PER_ACCOUNT, WRONG_CODE_WINDOW_MS } from './pairing-code';

/** An account's wrong codes as stored: when each was said (epoch ms, oldest first). */
export interface WrongCodes {
  tries: number[];
  /** When a code may be tried again (epoch ms); 0 when the account is not locked. */
  lockedUntil: number;
}

/** The tries still in the window at `now`, oldest first. */
function recent(tries: readonly number[], now: number): number[] {
  return tries.filter((at) => at > now - WRONG_CODE_WINDOW_MS).sort((a, b) => a - b);
}

/**
 * When the account may try a code again: once the oldest of its last
 * `MAX_WRONG_CODES_PER_ACCOUNT` wrong codes leaves the window. Undefined when it may try now.
 * A sliding window rather than fixed slots, so no 15 minutes ever see more than five wrong codes
 * (fixed slots would let ten through across a boundary).
 */
export function lockedUntil(tries: readonly number[], now: number): number | undefined {
  const inWindow = recent(tries, now);
  const oldestCounted = inWindow[inWindow.length - MAX_WRONG_CODES_PER_ACCOUNT];
  return oldestCounted === undefined ? undefined : oldestCounted + WRONG_CODE_WINDOW_MS;
}

/**
 * The account's wrong codes once one more is said at `now`. Only for an account that is not
 * locked (`lockedUntil` undefined): a locked account's code is never tried, so never counted.
 * Keeps only the tries that can still lock it.
 */
export function withWrongCode(tries: readonly number[], now: number): WrongCodes {
  const kept = [...recent(tries, now), now].slice(-MAX_WRONG_CODES_PER_ACCOUNT);
  return { tries: kept, lockedUntil: lockedUntil(kept, now) ?? 0 };
}
