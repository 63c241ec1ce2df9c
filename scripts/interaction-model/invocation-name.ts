/**
 * Alexa's invocation name requirements (developer docs, "Choose the Invocation Name for a Custom
 * Skill"): lowercase letters, spaces, periods and apostrophes only; two words or more unless it is a
 * brand; a two-word name holds no article or preposition; no wake word; no launch phrase or
 * connecting word, since Alexa would read it as part of the invocation.
 */
const WAKE_WORDS = ['alexa', 'amazon', 'echo', 'computer', 'ziggy', 'skill', 'app'];

const LAUNCH_AND_CONNECTING_WORDS: Record<string, string[]> = {
  en: [
    'ask',
    'tell',
    'open',
    'launch',
    'start',
    'begin',
    'load',
    'run',
    'enable',
    'play',
    'resume',
    'use',
    'talk',
    'to',
    'from',
    'in',
    'using',
    'with',
    'about',
    'for',
    'that',
    'by',
    'if',
    'and',
    'whether',
  ],
  fr: [
    'demande',
    'demander',
    'dis',
    'dire',
    'ouvre',
    'ouvrir',
    'lance',
    'lancer',
    'démarre',
    'démarrer',
    'commence',
    'commencer',
    'joue',
    'jouer',
    'active',
    'activer',
    'parle',
    'utilise',
    'à',
    'de',
    "d'",
    'avec',
    'sur',
    'pour',
    'si',
    'que',
    'et',
  ],
};

const TWO_WORD_FORBIDDEN: Record<string, string[]> = {
  en: ['the', 'a', 'an', 'for', 'to', 'of', 'on', 'in', 'at'],
  fr: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'à', 'pour'],
};

/** What is wrong with an invocation name for a language (`en`, `fr`); empty when it is valid. */
export function invocationNameProblems(name: string, language: string): string[] {
  const problems: string[] = [];
  if (!/^[\p{Ll} .']+$/u.test(name)) problems.push('only lowercase letters, spaces, periods and apostrophes');
  if (name !== name.trim() || /\s{2}/.test(name)) problems.push('single spaces between words, none around');
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) problems.push('two words or more (one word only for a brand)');
  for (const word of words) {
    if (WAKE_WORDS.includes(word)) problems.push(`wake word "${word}"`);
    if (LAUNCH_AND_CONNECTING_WORDS[language]?.includes(word))
      problems.push(`launch or connecting word "${word}"`);
  }
  if (words.length === 2) {
    for (const word of words) {
      if (TWO_WORD_FORBIDDEN[language]?.includes(word)) problems.push(`article or preposition "${word}"`);
    }
  }
  return problems;
}
