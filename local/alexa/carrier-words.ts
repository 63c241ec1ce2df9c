import { writtenForm } from './slot-filling';
import { phraseKeys, splitWords, type Word } from './words';

/**
 * Words people wrap a request in at a noisy table: hesitations, "ok", "so", "please", "mate",
 * "allez", "là", "s'il te plaît". Alexa's language understanding is statistical and hears "um ok
 * what's the score mate" as the score question; a sample matcher only hears what its samples
 * spell. When the whole utterance matches nothing, it is heard again without these words at its
 * edges (the corpus test gives virtual-alexa the same second chance, so neither is more lenient).
 */
const CARRIERS: Record<string, { leading: string[]; trailing: string[] }> = {
  en: {
    leading: [
      'um',
      'uh',
      'er',
      'erm',
      'hmm',
      'ok',
      'okay',
      'alright',
      'all right',
      'so',
      'hey',
      'right',
      'well',
      'now',
      'oh',
      'and',
      'yeah',
      'yes',
      'guys',
      'come on',
      'ok guys',
      'ok so',
      'alright so',
      'lads',
      'ok lads',
      'right lads',
      'nah',
      'get in',
    ],
    trailing: [
      'please',
      'mate',
      'lads',
      'guys',
      'then',
      'now',
      'thanks',
      'thank you',
      'right now',
      'ok',
      'cheers',
    ],
  },
  fr: {
    leading: [
      'euh',
      'heu',
      'hum',
      'bon',
      'alors',
      'allez',
      'ok',
      'okay',
      'hop',
      'bah',
      'ben',
      'dis',
      'dis moi',
      'eh',
      'hé',
      'pis',
      'et',
      'oh',
      'ouais',
      'oui',
      'vas y',
      'bon ben',
      'bon alors',
      'allez hop',
      'et hop',
      'attends',
      'bim',
      'bouge pas',
      'ben voyons',
      'finalement',
      'maintenant',
      'pis là',
      'bon bah',
      'alors là',
      'faque',
      'fait que',
    ],
    trailing: [
      'tsé',
      "s'il te plaît",
      "s'il vous plaît",
      'stp',
      'svp',
      'là',
      'hein',
      'merci',
      'maintenant',
      'ok',
      'astheure',
      'ça',
      'vas y',
      'allez',
    ],
  },
};

// Longest first: "right now" is one carrier, not "now" after a stray "right".
const byLength = (phrases: readonly string[]) => phrases.map(phraseKeys).sort((a, b) => b.length - a.length);
const keysByLanguage = new Map(
  Object.entries(CARRIERS).map(([language, { leading, trailing }]) => [
    language,
    { leading: byLength(leading), trailing: byLength(trailing) },
  ]),
);

function startsWith(words: readonly Word[], keys: readonly string[], at: number): boolean {
  return keys.every((key, index) => words[at + index]?.key === key);
}

/** The words without the carrier words at their edges (at most a few on each side); never empty. */
export function withoutCarrierWords(words: readonly Word[], language: string): Word[] {
  const carriers = keysByLanguage.get(language);
  if (!carriers) return [...words];
  let start = 0;
  let end = words.length;
  for (let guard = 0; guard < 3; guard += 1) {
    const lead = carriers.leading.find((keys) => start + keys.length < end && startsWith(words, keys, start));
    if (!lead) break;
    start += lead.length;
  }
  for (let guard = 0; guard < 3; guard += 1) {
    const tail = carriers.trailing.find(
      (keys) => end - keys.length > start && startsWith(words, keys, end - keys.length),
    );
    if (!tail) break;
    end -= tail.length;
  }
  return words.slice(start, end);
}

/** `withoutCarrierWords` on typed text, written back as text. */
export function withoutCarrierText(text: string, language: string): string {
  return writtenForm(withoutCarrierWords(splitWords(text), language));
}
