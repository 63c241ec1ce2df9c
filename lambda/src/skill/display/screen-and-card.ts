import type { Translate } from '../../i18n/translator';
import type { Card } from './card';
import { type KeyFigures, keyFiguresCard, keyFiguresScreen } from './key-figures';
import { type RankedList, rankedListCard, rankedListScreen } from './ranked-list';
import type { Screen } from './screen';

/** What an answer shows besides its speech: spread into `answer(...)` options. */
export interface ScreenAndCard {
  screen: Screen;
  card: Card;
}

/** "Babyfoot: Rankings by wins": a card in the Alexa app says which skill it comes from. */
function cardTitle(t: Translate, title: string): string {
  return t('display.card.titled', { title });
}

/** A ranked list on the screen, and the same list as a card. */
export function rankedListDisplay(t: Translate, list: RankedList): ScreenAndCard {
  const card = rankedListCard(t, list);
  return { screen: rankedListScreen(t, list), card: { ...card, title: cardTitle(t, card.title) } };
}

/** Key figures on the screen, and the same figures as a card. */
export function keyFiguresDisplay(t: Translate, figures: KeyFigures): ScreenAndCard {
  const card = keyFiguresCard(t, figures);
  return { screen: keyFiguresScreen(t, figures), card: { ...card, title: cardTitle(t, card.title) } };
}

/** "62%", "62 %": a rate from 0 to 1 as a whole percentage, written the locale's way. */
export function shownPercent(t: Translate, rate: number): string {
  return t('display.percent', { value: Math.round(rate * 100) });
}

/** "+12", "-3", "0": a goal difference with its sign. */
export function shownSigned(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
