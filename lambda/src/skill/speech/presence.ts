import type { Translate } from '../../i18n/translator';
import type { TableReport } from '../../shadow/table-health';
import { elapsedSpeech } from './elapsed';

/**
 * The answer to "is the table on?": online or offline and for how long, a table the presence
 * rules never saw, or that the shadow could not be read (`report` undefined).
 */
export function presenceSpeech(t: Translate, report: TableReport | undefined, now: number): string {
  if (report === undefined) return t('device.presence.unknown');
  const presence = report.presence;
  if (presence === undefined) return t('device.presence.never');
  const state = presence.connected ? 'online' : 'offline';
  if (presence.since === undefined) return t(`device.presence.${state}NoTime`);
  return t(`device.presence.${state}`, { elapsed: elapsedSpeech(t, now - presence.since) });
}

/** Whether the shadow says the table is disconnected; a table never seen or unread is not said to be. */
export function knownOffline(report: TableReport | undefined): boolean {
  return report?.presence?.connected === false;
}
