import type { Translate } from '../../i18n/translator';
import { aplText } from './apl-text';
import type { Card } from './card';
import { rankedListDocument } from './ranked-list-document';
import type { Screen } from './screen';

/** One entry of a ranked list: "1. Alice 1520 12". */
export interface RankedEntry {
  position: number;
  name: string;
  /** Values under the list's columns, in the same order. */
  figures: ReadonlyArray<string | number>;
  /** Stands out on screen (the player who asked, the next match…). */
  highlight?: boolean;
  /** The player a tap on the row opens (as stored, unmarked); rows of teams have none. */
  player?: string;
}

/** A ranked list, its texts already localized by the caller. */
export interface RankedList {
  title: string;
  subtitle?: string;
  /** Header of the name column ("Player", "Team"). */
  nameHeader: string;
  /** Headers of the figures, in order ("Rating", "Won"). */
  columns: readonly string[];
  entries: readonly RankedEntry[];
  /** Names the screen for later updates; one per kind of list (e.g. "babyfoot.rankings"). */
  token?: string;
  /** The period a tap on a player's row asks about (a ranking's period): rows are tappable with it. */
  tapPeriod?: string;
}

/** The data the ranked-list document is drawn from (its `rankedList` data source). */
export interface RankedListData {
  title: string;
  subtitle: string;
  positionHeader: string;
  nameHeader: string;
  columns: string[];
  emptyText: string;
  rows: Array<{ position: number; name: string; figures: string[]; highlight: boolean }>;
}

/** Rows beyond these scroll on screen; a card lists fewer, to stay readable on a phone. */
export const MAX_SCREEN_ROWS = 20;
export const MAX_CARD_ROWS = 10;

/** What the ranked-list screen shows, escaped for APL. */
export function rankedListData(t: Translate, list: RankedList): RankedListData {
  return {
    title: aplText(list.title),
    subtitle: aplText(list.subtitle ?? ''),
    positionHeader: '#',
    nameHeader: aplText(list.nameHeader),
    columns: list.columns.map(aplText),
    emptyText: list.entries.length === 0 ? aplText(t('display.list.empty')) : '',
    rows: list.entries.slice(0, MAX_SCREEN_ROWS).map((entry) => ({
      position: entry.position,
      name: aplText(entry.name),
      figures: entry.figures.map((figure) => aplText(String(figure))),
      highlight: entry.highlight ?? false,
    })),
  };
}

/**
 * What a tap on a row opens (the `rowTaps` data source): the player of each row shown, in
 * order, and the period; no players when the rows are not players' or no period is set.
 */
function rowTaps(list: RankedList): { players: string[]; period: string } {
  const shown = list.entries.slice(0, MAX_SCREEN_ROWS);
  const players = shown.map((entry) => entry.player ?? '');
  const tappable = list.tapPeriod !== undefined && shown.length > 0 && players.every((name) => name !== '');
  return tappable ? { players, period: list.tapPeriod ?? '' } : { players: [], period: '' };
}

/** A ranked list on a screen; a ranking of players opens a player's stats on a tap. */
export function rankedListScreen(t: Translate, list: RankedList): Screen {
  const taps = rowTaps(list);
  return {
    token: list.token ?? 'babyfoot.rankedList',
    document: rankedListDocument,
    datasources: { rankedList: rankedListData(t, list), rowTaps: taps },
    ...(taps.players.length > 0 ? { touchable: true } : {}),
  };
}

/** A ranked list as an Alexa app card: "1. Alice: Rating 1520 · Won 12", one line per entry. */
export function rankedListCard(t: Translate, list: RankedList): Card {
  const rows = list.entries.slice(0, MAX_CARD_ROWS).map((entry) => {
    const { position, name } = entry;
    if (entry.figures.length === 0) return t('display.card.rankedName', { position, name });
    const figures = entry.figures
      .map((value, column) => t('display.card.figure', { label: list.columns[column] ?? '', value }).trim())
      .join(' · ');
    return t('display.card.rankedRow', { position, name, figures });
  });
  const lines = [...(list.subtitle ? [list.subtitle] : []), ...rows];
  if (list.entries.length === 0) lines.push(t('display.list.empty'));
  return { title: list.title, text: lines.join('\n') };
}
