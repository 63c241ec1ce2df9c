import { type BabyfootError, NoMatchInPeriodError, UnknownPlayerError } from '../../domain/errors';
import type { Translate } from '../../i18n/translator';
import { escapeSsml } from './ssml';
import { alternatives } from './stats-words';

/**
 * Speech for the stats errors, or undefined for any other error. An unknown name is said back
 * with the known names that sound nearest ("Did you mean Zoé or Chloé?").
 */
export function speakStatsError(t: Translate, error: BabyfootError): string | undefined {
  if (error instanceof UnknownPlayerError) {
    const notFound = t('stats.errors.unknownPlayer', { player: escapeSsml(error.player) });
    if (error.nearest.length === 0) return notFound;
    return `${notFound} ${t('stats.errors.didYouMean', { names: alternatives(t, error.nearest) })}`;
  }
  if (error instanceof NoMatchInPeriodError) {
    return t('stats.errors.playerAbsent', {
      player: escapeSsml(error.player),
      period: t(`stats.scope.period.${error.period}`),
    });
  }
  return undefined;
}
