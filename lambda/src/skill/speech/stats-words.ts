import type { PeriodKind, StatsMode } from '../../domain/stats';
import type { Translate } from '../../i18n/translator';
import { escapeSsml } from './ssml';

/** What stats speech needs: the translator and the locale (for decimal numbers). */
export interface StatsVoice {
  t: Translate;
  locale: string;
}

/** "1st", "2nd", "3rd" / "1er", "2e": i18next ordinal plurals. */
export function ordinal(t: Translate, rank: number): string {
  return t('stats.rank', { count: rank, ordinal: true });
}

/** A rate from 0 to 1 as a whole percentage: "62 percent", "62 pour cent". */
export function percent(t: Translate, rate: number): string {
  return t('stats.percent', { value: Math.round(rate * 100) });
}

/** A goal difference with its sign said: "plus 12", "minus 3", "0". */
export function signed(t: Translate, value: number): string {
  if (value > 0) return t('stats.plus', { value });
  if (value < 0) return t('stats.minus', { value: -value });
  return '0';
}

const ratingFormats = new Map<string, Intl.NumberFormat>();

/** A skill rating with one decimal, in the locale's own way: "12.3", "12,3". */
export function rating(locale: string, value: number): string {
  let format = ratingFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    ratingFormats.set(locale, format);
  }
  return format.format(value);
}

/** What a ranking or a record covers, said after its title: " in singles this week", "". */
export function scope(t: Translate, mode: StatsMode, period: PeriodKind): string {
  return `${t(`stats.scope.mode.${mode}`)}${t(`stats.scope.period.${period}`)}`;
}

/** "Alice", "Alice or Bob", "Alice, Bob or Carol": escaped for SSML. */
export function alternatives(t: Translate, names: readonly string[]): string {
  const safe = names.map(escapeSsml);
  if (safe.length <= 1) return safe[0] ?? '';
  return `${safe.slice(0, -1).join(t('common.listSeparator'))} ${t('stats.or')} ${safe[safe.length - 1]}`;
}
