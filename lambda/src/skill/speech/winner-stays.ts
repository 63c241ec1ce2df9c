import type { ChallengerQueue } from '../../domain/house/winner-stays';
import type { Teams } from '../../domain/match/types';
import type { Translate } from '../../i18n/translator';
import { joinNames } from './names';

/** "In line: Eve and Fred, then Gus." or that nobody waits. */
export function queueSpeech(t: Translate, queue: ChallengerQueue): string {
  if (queue.length === 0) return t('house.queue.empty');
  const list = queue.map((entry) => joinNames(t, entry)).join(t('house.queue.then'));
  return t('house.queue.list', { list });
}

/** "Next up: Alice and Bob stay, against Eve and Fred. Say: start the next match." */
export function nextUpSpeech(t: Translate, teams: Teams): string {
  return t('house.queue.nextUp', {
    winners: joinNames(t, teams.red),
    challengers: joinNames(t, teams.blue),
    count: teams.red.length,
  });
}
