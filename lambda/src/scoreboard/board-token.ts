import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits: far past guessing, whatever the number of links. */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A fresh scoreboard token, URL-safe (base64url of 32 random bytes). */
export function newBoardToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** True when `text` has the shape of a token (checked before any read, so junk costs nothing). */
export function isBoardToken(text: string): boolean {
  return TOKEN_PATTERN.test(text);
}

/**
 * What is stored for a token: its SHA-256, hex. The token has 256 bits of entropy, so a plain
 * hash (no salt, no slow KDF) is enough to make a copy of the table useless as a key.
 */
export function hashBoardToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
