import { NoClosedSeasonError } from '../errors';
import type { MatchResult } from '../match/result';
import type { PeriodId, StatsOptions } from './types';

/**
 * The periods a player can ask about: "this week", "this month", "since the beginning", "this
 * season", "last season".
 */
export type PeriodKind = 'week' | 'month' | 'all' | 'season' | 'lastSeason';

/** The document of the league's running season. */
export const CURRENT_SEASON: PeriodId = 'season:current';

const DAY_MS = 86_400_000;

// Building a DateTimeFormat is slow compared with using one: one per time zone.
const calendars = new Map<string, Intl.DateTimeFormat>();

function calendarOf(timeZone: string): Intl.DateTimeFormat {
  let calendar = calendars.get(timeZone);
  if (calendar === undefined) {
    calendar = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    calendars.set(timeZone, calendar);
  }
  return calendar;
}

/** The calendar day an instant falls on in a time zone. */
function localDay(at: number, timeZone: string): { year: number; month: number; day: number } {
  const parts = calendarOf(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** ISO 8601 week of a calendar day: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(year: number, month: number, day: number): { weekYear: number; week: number } {
  const date = Date.UTC(year, month - 1, day);
  const weekday = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = date + (3 - weekday) * DAY_MS;
  const weekYear = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(weekYear, 0, 1)) / (7 * DAY_MS));
  return { weekYear, week };
}

/**
 * The id of the period of a kind that holds an instant, on the calendar of the account's time
 * zone: `all`, `month:2025-03`, `week:2025-W09` (ISO week and week-year).
 * @throws RangeError when the time zone is not a known IANA zone.
 */
export function periodId(kind: PeriodKind, at: number, options: StatsOptions = {}): PeriodId {
  if (kind === 'all') return 'all';
  if (kind === 'season') return CURRENT_SEASON;
  if (kind === 'lastSeason') {
    const closed = options.seasons?.closedAt.length ?? 0;
    if (closed === 0) throw new NoClosedSeasonError();
    return `season:${closed}`;
  }
  const { year, month, day } = localDay(at, options.timeZone ?? 'UTC');
  if (kind === 'month') return `month:${year}-${twoDigits(month)}`;
  const { weekYear, week } = isoWeek(year, month, day);
  return `week:${weekYear}-W${twoDigits(week)}`;
}

/** The season document a result counts in: the closed season it finished in, else the running one. */
export function seasonPeriod(finishedAt: number, options: StatsOptions = {}): PeriodId {
  const closedAt = options.seasons?.closedAt ?? [];
  const index = closedAt.findIndex((end) => finishedAt < end);
  return index === -1 ? CURRENT_SEASON : `season:${index + 1}`;
}

/**
 * The aggregate documents a finished match counts in: all time, its month, its ISO week
 * (placed by the instant it finished) and its season.
 */
export function aggregateKeys(result: MatchResult, options: StatsOptions = {}): PeriodId[] {
  return [
    ...(['all', 'month', 'week'] as const).map((kind) => periodId(kind, result.finishedAt, options)),
    seasonPeriod(result.finishedAt, options),
  ];
}

/** The kind of a period id. */
export function periodKind(period: PeriodId): PeriodKind {
  if (period === 'all') return 'all';
  if (period === CURRENT_SEASON) return 'season';
  if (period.startsWith('season:')) return 'lastSeason';
  return period.startsWith('month:') ? 'month' : 'week';
}

const PERIOD_ID =
  /^(all|month:\d{4}-(0[1-9]|1[0-2])|week:\d{4}-W(0[1-9]|[1-4]\d|5[0-3])|season:(current|[1-9]\d*))$/;

/** True for a well-formed period id (`all`, `month:2025-03`, `week:2025-W09`, `season:current`, `season:2`). */
export function isPeriodId(value: string): value is PeriodId {
  return PERIOD_ID.test(value);
}
