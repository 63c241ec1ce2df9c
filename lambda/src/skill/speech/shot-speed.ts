import type { TimedGoal } from '../../domain/match/shots';
import type { Match } from '../../domain/match/types';
import type { AccountStats, PeriodKind } from '../../domain/stats';
import type { Translate } from '../../i18n/translator';
import { joinNames, ofNames } from './names';
import { escapeSsml } from './ssml';
import { scope } from './stats-words';

/** A speed as said: whole km/h, "42 kilometres an hour", "42 kilomètres-heure". */
export function speedSpeech(t: Translate, speedKmh: number): string {
  return t('speed.kmh', { count: Math.max(1, Math.round(speedKmh)) });
}

/** "What's the fastest shot this week?": the period's record, by whom; or that none was timed. */
export function fastestShotSpeech(t: Translate, stats: AccountStats, period: PeriodKind): string {
  const record = stats.fastestShot;
  const said = scope(t, 'all', period);
  if (record === undefined) return t('speed.none', { scope: said });
  const speed = speedSpeech(t, record.speedKmh);
  return record.scorer === undefined
    ? t('speed.fastestTeam', { scope: said, speed, names: joinNames(t, record.players) })
    : t('speed.fastest', { scope: said, speed, scorer: escapeSsml(record.scorer) });
}

/** "Goal for Alice, 42 kilometres an hour: the fastest shot of the season!" */
export function shotRecordSpeech(t: Translate, match: Match, goal: TimedGoal): string {
  const speed = speedSpeech(t, goal.speedKmh);
  return goal.scorer === undefined
    ? t('speed.record', { names: joinNames(t, match.teams[goal.team]), speed })
    : t('speed.recordBy', { scorer: ofNames(t, [goal.scorer]), speed });
}
