import type { Translate } from '../../i18n/translator';
import { aplText } from './apl-text';
import type { Card } from './card';
import { keyFiguresDocument } from './key-figures-document';
import type { Screen } from './screen';

/** One figure: "Matches played" / 42. */
export interface KeyFigure {
  label: string;
  value: string | number;
}

/** Key figures, their texts already localized by the caller. */
export interface KeyFigures {
  title: string;
  subtitle?: string;
  figures: readonly KeyFigure[];
  /** Names the screen for later updates (e.g. "babyfoot.playerStats"). */
  token?: string;
}

/** The data the key-figures document is drawn from (its `keyFigures` data source). */
export interface KeyFiguresData {
  title: string;
  subtitle: string;
  figures: Array<{ label: string; value: string }>;
}

/** More would not be readable from across the room. */
export const MAX_FIGURES = 12;

/** What the key-figures screen shows, escaped for APL. */
export function keyFiguresData(t: Translate, figures: KeyFigures): KeyFiguresData {
  const shown = figures.figures.slice(0, MAX_FIGURES);
  return {
    title: aplText(figures.title),
    subtitle: aplText(figures.subtitle ?? (shown.length === 0 ? t('display.list.empty') : '')),
    figures: shown.map((figure) => ({ label: aplText(figure.label), value: aplText(String(figure.value)) })),
  };
}

/** Key figures on a screen. */
export function keyFiguresScreen(t: Translate, figures: KeyFigures): Screen {
  return {
    token: figures.token ?? 'babyfoot.keyFigures',
    document: keyFiguresDocument,
    datasources: { keyFigures: keyFiguresData(t, figures) },
  };
}

/** Key figures as an Alexa app card: "Matches played: 42", one per line. */
export function keyFiguresCard(t: Translate, figures: KeyFigures): Card {
  const lines = figures.figures
    .slice(0, MAX_FIGURES)
    .map((figure) => t('display.card.figureRow', { label: figure.label, value: figure.value }));
  if (figures.subtitle) lines.unshift(figures.subtitle);
  if (figures.figures.length === 0) lines.push(t('display.list.empty'));
  return { title: figures.title, text: lines.join('\n') };
}
