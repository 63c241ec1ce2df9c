import type { Translate } from '../../i18n/translator';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A span of time as said in "connected 5 minutes ago" / "connecté depuis 5 minutes": "a few
 * seconds" under a minute, then whole minutes, hours (under two days) and days.
 */
export function elapsedSpeech(t: Translate, ms: number): string {
  const span = Math.max(0, ms);
  if (span < MINUTE) return t('device.elapsed.moments');
  if (span < HOUR) return t('device.elapsed.minutes', { count: Math.floor(span / MINUTE) });
  if (span < 2 * DAY) return t('device.elapsed.hours', { count: Math.floor(span / HOUR) });
  return t('device.elapsed.days', { count: Math.floor(span / DAY) });
}
