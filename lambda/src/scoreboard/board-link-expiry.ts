/**
 * How long a scoreboard link works after it was made or last renewed. A link pasted on a wall
 * screen, or forwarded once and forgotten, stops showing the account's scores by itself.
 */
export const BOARD_LINK_LIFETIME_MS = 90 * 24 * 60 * 60_000;

/**
 * When a link made (or renewed) at `now` stops working, on a whole second: DynamoDB's TTL
 * reads epoch seconds, the read-time check epoch milliseconds, and both name the same instant.
 */
export function boardLinkExpiry(now: number): { seconds: number; ms: number } {
  const seconds = Math.ceil((now + BOARD_LINK_LIFETIME_MS) / 1000);
  return { seconds, ms: seconds * 1000 };
}

/**
 * The day a link stops working, written out in the listener's language ("March 1, 2026",
 * "1 mars 2026"). In UTC: the skill does not read the Echo's time zone, and a day is precise
 * enough for a 90-day link.
 */
export function expiryDate(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}
