import {
  type AccountStats,
  type HeadToHead,
  headToHead,
  type PeriodKind,
  playerStats,
} from '../../domain/stats';
import { speedSpeech } from './shot-speed';
import { escapeSsml } from './ssml';
import { percent, type StatsVoice, scope, signed } from './stats-words';

/**
 * Everything about a player, sentence by sentence: record, goals, streaks, best partner and
 * nemesis (when there is one), fannys.
 */
export function playerStatsSpeech(
  voice: StatsVoice,
  stats: AccountStats,
  name: string,
  period: PeriodKind,
): string {
  const { t } = voice;
  const player = playerStats(stats, name);
  const parts = [
    t('stats.player.record', {
      name: escapeSsml(player.name),
      scope: scope(t, 'all', period),
      games: t('stats.games', { count: player.played }),
      won: player.won,
      lost: player.lost,
      percent: percent(t, player.winRate),
    }),
  ];
  if (player.provisional) parts.push(t('stats.player.provisional'));
  parts.push(
    t('stats.player.goals', {
      for: player.goalsFor,
      against: player.goalsAgainst,
      difference: signed(t, player.goalDifference),
    }),
  );
  if (player.goalsCredited > 0) parts.push(t('stats.player.credited', { count: player.goalsCredited }));
  if (player.fastestShotKmh !== undefined)
    parts.push(t('speed.playerBest', { speed: speedSpeech(t, player.fastestShotKmh) }));
  parts.push(t('stats.player.streak', { current: player.currentStreak, longest: player.longestStreak }));
  const { bestPartner, nemesis } = player;
  if (bestPartner) {
    parts.push(
      t('stats.player.bestPartner', {
        name: escapeSsml(bestPartner.name),
        wins: t('stats.wins', { count: bestPartner.won }),
        games: t('stats.games', { count: bestPartner.played }),
      }),
    );
  }
  if (nemesis) {
    parts.push(
      t('stats.player.nemesis', {
        name: escapeSsml(nemesis.name),
        losses: t('stats.losses', { count: nemesis.lost }),
        games: t('stats.games', { count: nemesis.played }),
      }),
    );
  }
  parts.push(t('stats.player.fannys', { given: player.fannysGiven, taken: player.fannysTaken }));
  return parts.join(' ');
}

function recordSpeech(voice: StatsVoice, record: HeadToHead, period: PeriodKind): string {
  const { t } = voice;
  const names = { first: escapeSsml(record.first.name), second: escapeSsml(record.second.name) };
  const where = scope(t, 'all', period);
  if (record.played === 0) return t('stats.headToHead.never', { ...names, scope: where });
  return t('stats.headToHead.record', {
    ...names,
    scope: where,
    games: t('stats.games', { count: record.played }),
    firstWins: record.first.wins,
    secondWins: record.second.wins,
    firstGoals: record.first.goals,
    secondGoals: record.second.goals,
  });
}

/** "Alice against Bob: 7 games. Alice won 4, Bob won 3. Goals: 52 to 47." */
export function headToHeadSpeech(
  voice: StatsVoice,
  stats: AccountStats,
  first: string,
  second: string,
  period: PeriodKind,
): string {
  return recordSpeech(voice, headToHead(stats, first, second), period);
}
