import {
  type AccountStats,
  type PeriodKind,
  type RatingRankEntry,
  rankByRating,
  rankByWins,
  rankOf,
  type StatsMode,
  type WinsRankEntry,
} from '../../domain/stats';
import type { Translate } from '../../i18n/translator';
import type { StatsQuestion } from '../handlers/stats/stats-request';
import { ordinal, rating, type StatsVoice } from '../speech/stats-words';
import type { RankedEntry } from './ranked-list';
import { keyFiguresDisplay, rankedListDisplay, type ScreenAndCard, shownPercent } from './screen-and-card';

export const RANKINGS_TOKEN = 'babyfoot.rankings';
export const PLAYER_RANK_TOKEN = 'babyfoot.playerRank';

type Entry = WinsRankEntry | RatingRankEntry;

function isWinsEntry(entry: Entry): entry is WinsRankEntry {
  return 'won' in entry;
}

/** "Singles · This week": what a ranking or a record covers, as a subtitle. */
export function scopeLine(t: Translate, mode: StatsMode, period: PeriodKind): string {
  return t('display.stats.scope', {
    mode: t(`display.stats.mode.${mode}`),
    period: t(`display.stats.period.${period}`),
  });
}

/** The scope, with the note explaining the star when a provisional place is shown. */
export function subtitleWithNote(t: Translate, scope: string, provisional: boolean): string {
  return provisional ? `${scope} · ${t('display.stats.provisionalNote')}` : scope;
}

/** "Alice*" for a provisional place (fewer than 5 games), "Alice" otherwise. */
export function markedName(t: Translate, name: string, provisional: boolean): string {
  return provisional ? t('display.stats.provisionalName', { name }) : name;
}

function columns(t: Translate, question: StatsQuestion): string[] {
  const label = (key: string) => t(`display.stats.${key}`);
  return question.ranking === 'wins'
    ? [label('won'), label('played'), label('winRate')]
    : [label('rating'), label('played')];
}

function figures(voice: StatsVoice, entry: Entry): Array<string | number> {
  return isWinsEntry(entry)
    ? [entry.won, entry.played, shownPercent(voice.t, entry.winRate)]
    : [rating(voice.locale, entry.rating), entry.played];
}

/**
 * The ranking asked about, whole (the screen scrolls; the card keeps the first ten): position,
 * name (starred when provisional) and figures. `highlightLeaders` marks the first place.
 */
export function rankingDisplay(
  voice: StatsVoice,
  stats: AccountStats,
  question: StatsQuestion,
  options: { highlightLeaders?: boolean } = {},
): ScreenAndCard {
  const { t } = voice;
  const ranking: Entry[] =
    question.ranking === 'wins'
      ? rankByWins(stats, { mode: question.mode })
      : rankByRating(stats, { mode: question.mode });
  const entries: RankedEntry[] = ranking.map((entry) => ({
    position: entry.rank,
    name: markedName(t, entry.name, entry.provisional),
    figures: figures(voice, entry),
    highlight: options.highlightLeaders === true && entry.rank === 1,
    player: entry.name,
  }));
  return rankedListDisplay(t, {
    title: t(`display.stats.ranking.${question.ranking}`),
    subtitle: subtitleWithNote(
      t,
      scopeLine(t, question.mode, question.period),
      ranking.some((entry) => entry.provisional),
    ),
    nameHeader: t('display.stats.player'),
    columns: columns(t, question),
    entries,
    token: RANKINGS_TOKEN,
    tapPeriod: question.period,
  });
}

/**
 * A player's place in a ranking as key figures: "3rd of 10", then the figures it is ranked on.
 * Undefined when the player has no match in the mode asked (nothing to show).
 */
export function playerRankDisplay(
  voice: StatsVoice,
  stats: AccountStats,
  name: string,
  question: StatsQuestion,
): ScreenAndCard | undefined {
  const { t } = voice;
  const options = { mode: question.mode };
  const position =
    question.ranking === 'wins'
      ? rankOf(stats, name, 'wins', options)
      : rankOf(stats, name, 'rating', options);
  if (position === undefined) return undefined;
  const { entry } = position;
  const labels = columns(t, question);
  const values = figures(voice, entry);
  return keyFiguresDisplay(t, {
    title: markedName(t, entry.name, entry.provisional),
    subtitle: subtitleWithNote(
      t,
      `${t(`display.stats.ranking.${question.ranking}`)} · ${scopeLine(t, question.mode, question.period)}`,
      entry.provisional,
    ),
    figures: [
      {
        label: t('display.stats.rank'),
        value: t('display.stats.rankOf', { rank: ordinal(t, position.rank), of: position.of }),
      },
      ...labels.map((label, column) => ({ label, value: values[column] ?? '' })),
    ],
    token: PLAYER_RANK_TOKEN,
  });
}
