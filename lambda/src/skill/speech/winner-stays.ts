import type { ChallengerQueue } from '../../domain/house/winner-stays';
import type { Teams } from '../../domain/match/types';
import type { Translate } from '../../i18n/translator';
import type { Card } from '../display/card';
import { joinNames } from './names';

/** "In line: Eve and Fred, then Gus." or that nobody waits. */
export function queueSpeech(t: Translate, queue: ChallengerQueue): string {
  if (queue.length === 0) return t('house.queue.empty');
  const list = queue.map((entry) => joinNames(t, entry)).join(t('house.queue.separator'));
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

/** The line in the Alexa app, in plain text, one challenger a line. */
export function queueCard(t: Translate, queue: ChallengerQueue): Card {
  const lines = queue.map((entry, index) => `${index + 1}. ${entry.join(' & ')}`);
  return {
    title: t('house.queue.cardTitle'),
    text: lines.length > 0 ? lines.join('\n') : t('house.queue.cardEmpty'),
  };
}
