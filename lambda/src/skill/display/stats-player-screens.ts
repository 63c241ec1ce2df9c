import {
  type AccountStats,
  describeOdds,
  headToHead,
  type PeriodKind,
  playerStats,
  predictWin,
} from '../../domain/stats';
import type { Translate } from '../../i18n/translator';
import type { KeyFigure } from './key-figures';
import { teamNames } from './match-text';
import { keyFiguresDisplay, type ScreenAndCard, shownPercent, shownSigned } from './screen-and-card';
import { markedName, scopeLine, subtitleWithNote } from './stats-ranking-screens';

export const PLAYER_STATS_TOKEN = 'babyfoot.playerStats';
export const HEAD_TO_HEAD_TOKEN = 'babyfoot.headToHead';
export const PREDICTION_TOKEN = 'babyfoot.prediction';

/** "12–8": two counts that read together. */
function pair(first: number, second: number): string {
  return `${first}–${second}`;
}

/** Everything about a player in the period asked: record, goals, streaks, companions, fannys. */
export function playerStatsDisplay(
  t: Translate,
  stats: AccountStats,
  name: string,
  period: PeriodKind,
): ScreenAndCard {
  const player = playerStats(stats, name);
  const label = (key: string) => t(`display.stats.${key}`);
  const figures: KeyFigure[] = [
    { label: label('played'), value: player.played },
    { label: label('wonLost'), value: pair(player.won, player.lost) },
    { label: label('winRate'), value: shownPercent(t, player.winRate) },
    { label: label('goalsForAgainst'), value: pair(player.goalsFor, player.goalsAgainst) },
    { label: label('goalDifference'), value: shownSigned(player.goalDifference) },
  ];
  if (player.goalsCredited > 0) figures.push({ label: label('goalsCredited'), value: player.goalsCredited });
  if (player.fastestShotKmh !== undefined)
    figures.push({
      label: t('speed.screen.title'),
      value: t('speed.screen.kmh', { speed: Math.round(player.fastestShotKmh) }),
    });
  figures.push(
    { label: label('currentStreak'), value: player.currentStreak },
    { label: label('longestStreak'), value: player.longestStreak },
  );
  if (player.bestPartner) figures.push({ label: label('bestPartner'), value: player.bestPartner.name });
  if (player.nemesis) figures.push({ label: label('nemesis'), value: player.nemesis.name });
  figures.push({ label: label('fannys'), value: pair(player.fannysGiven, player.fannysTaken) });
  return keyFiguresDisplay(t, {
    title: markedName(t, player.name, player.provisional),
    subtitle: subtitleWithNote(t, scopeLine(t, 'all', period), player.provisional),
    figures,
    token: PLAYER_STATS_TOKEN,
  });
}

/** Two players against each other: games, each one's wins, the goals. */
export function headToHeadDisplay(
  t: Translate,
  stats: AccountStats,
  first: string,
  second: string,
  period: PeriodKind,
): ScreenAndCard {
  const record = headToHead(stats, first, second);
  const names = { first: record.first.name, second: record.second.name };
  return keyFiguresDisplay(t, {
    title: t('display.stats.headToHeadTitle', names),
    subtitle: scopeLine(t, 'all', period),
    figures: [
      { label: t('display.stats.played'), value: record.played },
      { label: t('display.stats.winsOf', { name: names.first }), value: record.first.wins },
      { label: t('display.stats.winsOf', { name: names.second }), value: record.second.wins },
      { label: t('display.stats.goals'), value: pair(record.first.goals, record.second.goals) },
    ],
    token: HEAD_TO_HEAD_TOKEN,
  });
}

/**
 * Each side's chance to win, as the speech gives the favourite's (kept within 1 to 99); the
 * other side gets the rest, so the two add up to 100. Newcomers are named.
 */
export function predictionDisplay(
  t: Translate,
  stats: AccountStats,
  teamA: readonly string[],
  teamB: readonly string[],
): ScreenAndCard {
  const prediction = predictWin(stats, teamA, teamB);
  const aFavoured = prediction.teamA >= prediction.teamB;
  const favourite = describeOdds(aFavoured ? prediction.teamA : prediction.teamB).percent;
  const [percentA, percentB] = aFavoured ? [favourite, 100 - favourite] : [100 - favourite, favourite];
  const sides = { red: teamNames(t, teamA), blue: teamNames(t, teamB) };
  const figures: KeyFigure[] = [
    { label: sides.red, value: t('display.percent', { value: percentA }) },
    { label: sides.blue, value: t('display.percent', { value: percentB }) },
  ];
  if (prediction.unrated.length > 0)
    figures.push({ label: t('display.stats.newcomers'), value: prediction.unrated.join(', ') });
  return keyFiguresDisplay(t, {
    title: t('display.versus', sides),
    subtitle: t('display.stats.predictionSubtitle'),
    figures,
    token: PREDICTION_TOKEN,
  });
}
