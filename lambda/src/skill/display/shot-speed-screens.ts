import type { AccountStats, PeriodKind } from '../../domain/stats';
import type { Translate } from '../../i18n/translator';
import { type KeyFigure, MAX_FIGURES } from './key-figures';
import { keyFiguresDisplay, type ScreenAndCard } from './screen-and-card';
import { scopeLine } from './stats-ranking-screens';

export const FASTEST_SHOT_TOKEN = 'babyfoot.fastestShot';

/**
 * The period's fastest shot (speed, shooter or team), then each player's best, fastest first:
 * on the screen and as a card.
 */
export function fastestShotDisplay(t: Translate, stats: AccountStats, period: PeriodKind): ScreenAndCard {
  const kmh = (speed: number) => t('speed.screen.kmh', { speed: Math.round(speed) });
  const record = stats.fastestShot;
  const figures: KeyFigure[] = [];
  if (record !== undefined) {
    figures.push({ label: t('speed.screen.speed'), value: kmh(record.speedKmh) });
    figures.push(
      record.scorer === undefined
        ? { label: t('speed.screen.team'), value: record.players.join(' & ') }
        : { label: t('speed.screen.scorer'), value: record.scorer },
    );
  }
  const bests = stats.players
    .flatMap((player) =>
      player.fastestShotKmh === undefined ? [] : [{ name: player.name, speed: player.fastestShotKmh }],
    )
    .sort((a, b) => b.speed - a.speed || a.name.localeCompare(b.name));
  for (const best of bests.slice(0, MAX_FIGURES - figures.length))
    figures.push({ label: t('speed.screen.best', { name: best.name }), value: kmh(best.speed) });
  return keyFiguresDisplay(t, {
    title: t('speed.screen.title'),
    subtitle: scopeLine(t, 'all', period),
    figures,
    token: FASTEST_SHOT_TOKEN,
  });
}
