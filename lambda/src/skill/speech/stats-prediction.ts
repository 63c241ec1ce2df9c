import { type AccountStats, describeOdds, predictWin } from '../../domain/stats';
import { joinNames } from './names';
import type { StatsVoice } from './stats-words';

/**
 * The favourite and its chances as a person says them: "Alice and Bob against Carol and Dave:
 * Alice and Bob, about 2 chances in 3 to win, 64 percent." Close to even, it says so. Players
 * with no rated match yet are named as newcomers. Uses the all-time document.
 */
export function predictionSpeech(
  voice: StatsVoice,
  stats: AccountStats,
  teamA: readonly string[],
  teamB: readonly string[],
): string {
  const { t } = voice;
  const prediction = predictWin(stats, teamA, teamB);
  const aFavoured = prediction.teamA >= prediction.teamB;
  const odds = describeOdds(aFavoured ? prediction.teamA : prediction.teamB);
  const values = {
    teamA: joinNames(t, teamA),
    teamB: joinNames(t, teamB),
    favourite: joinNames(t, aFavoured ? teamA : teamB),
    percent: t('stats.percent', { value: odds.percent }),
  };
  const even = odds.chances * 2 === odds.outOf;
  const parts = [
    even
      ? t('stats.prediction.even', values)
      : t('stats.prediction.favourite', {
          ...values,
          odds: t('stats.prediction.odds', { count: odds.chances, outOf: odds.outOf }),
        }),
  ];
  if (prediction.unrated.length > 0) {
    parts.push(
      t('stats.prediction.newcomer', {
        names: joinNames(t, prediction.unrated),
        count: prediction.unrated.length,
      }),
    );
  }
  return parts.join(' ');
}
