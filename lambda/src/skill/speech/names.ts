import type { Translate } from '../../i18n/translator';
import { escapeSsml } from './ssml';

/** "Alice", "Alice and Bob", "Alice, Bob and Carol": escaped for SSML. */
export function joinNames(t: Translate, names: readonly string[]): string {
  const safe = names.map(escapeSsml);
  if (safe.length <= 1) return safe[0] ?? '';
  const last = safe[safe.length - 1];
  return `${safe.slice(0, -1).join(t('common.listSeparator'))} ${t('common.and')} ${last}`;
}

/** "de Bob", "d'Alice" in French; just the names in English. Escaped for SSML. */
export function ofNames(t: Translate, names: readonly string[]): string {
  const joined = joinNames(t, names);
  return /^[aeiouyàâäéèêëîïôöûùüh]/i.test(joined)
    ? t('common.ofVowel', { name: joined })
    : t('common.of', { name: joined });
}
