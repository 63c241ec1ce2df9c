import { phraseKeys } from './words';

const FRENCH_UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
// Tens from 20 to 60 follow one pattern; 70, 80 and 90 are built on 60 and 4×20 (with the
// Belgian and Swiss septante, huitante/octante, nonante as alternatives).
const FRENCH_TENS: Record<number, string> = {
  2: 'vingt',
  3: 'trente',
  4: 'quarante',
  5: 'cinquante',
  6: 'soixante',
};

function frenchBelowHundred(n: number): string[] {
  if (n < 20) return n === 1 ? ['un', 'une'] : [FRENCH_UNITS[n] ?? ''];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const regular = (base: string, rest: number): string[] => {
    if (rest === 0) return [base];
    if (rest === 1) return [`${base} et un`, `${base} et une`];
    return frenchBelowHundred(rest).map((word) => `${base}-${word}`);
  };
  if (tens <= 6) return regular(FRENCH_TENS[tens] ?? '', unit);
  const alternative: Record<number, string[]> = {
    7: ['septante'],
    8: ['huitante', 'octante'],
    9: ['nonante'],
  };
  const alternatives = (alternative[tens] ?? []).flatMap((base) => regular(base, unit));
  if (tens === 7) {
    const rest = 10 + unit;
    return [
      ...(rest === 11 ? ['soixante et onze'] : frenchBelowHundred(rest).map((w) => `soixante-${w}`)),
      ...alternatives,
    ];
  }
  const rest = n - 80;
  const main =
    rest === 0 ? ['quatre-vingts', 'quatre-vingt'] : frenchBelowHundred(rest).map((w) => `quatre-vingt-${w}`);
  return [...main, ...alternatives];
}

function frenchWords(n: number): string[] {
  if (n < 100) return frenchBelowHundred(n);
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head =
    hundreds === 1 ? ['cent'] : frenchBelowHundred(hundreds).map((w) => `${w} cent${rest === 0 ? 's' : ''}`);
  if (rest === 0) return hundreds === 1 ? head : [...head, `${FRENCH_UNITS[hundreds] ?? ''} cent`];
  return head.flatMap((h) => frenchBelowHundred(rest).map((r) => `${h} ${r}`));
}

const ENGLISH_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function englishBelowHundred(n: number): string[] {
  if (n < 20) return n === 0 ? ['zero', 'oh', 'nought'] : [ENGLISH_UNITS[n] ?? ''];
  const tens = ENGLISH_TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? [tens] : [`${tens}-${ENGLISH_UNITS[n % 10] ?? ''}`];
}

function englishWords(n: number): string[] {
  if (n < 100) return englishBelowHundred(n);
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const heads = [`${ENGLISH_UNITS[hundreds] ?? ''} hundred`, ...(hundreds === 1 ? ['a hundred'] : [])];
  if (rest === 0) return heads;
  const tails = englishBelowHundred(rest).filter((word) => word !== 'oh' && word !== 'nought');
  return heads.flatMap((head) => tails.flatMap((tail) => [`${head} ${tail}`, `${head} and ${tail}`]));
}

/** Spoken numbers of a language, by match key ("vingt et un" → 21), from 0 to 999. */
function spokenNumbers(language: string): Map<string, number> {
  const spell = language === 'fr' ? frenchWords : englishWords;
  const numbers = new Map<string, number>();
  for (let n = 0; n < 1000; n += 1) {
    for (const words of spell(n)) numbers.set(phraseKeys(words).join(' '), n);
  }
  return numbers;
}

const byLanguage = new Map<string, Map<string, number>>();

function numbersOf(language: string): Map<string, number> {
  let numbers = byLanguage.get(language);
  if (!numbers) {
    numbers = spokenNumbers(language);
    byLanguage.set(language, numbers);
  }
  return numbers;
}

/** The number some words say, in digits or in words of the language; undefined when they say none. */
export function parseSpokenNumber(keys: readonly string[], language: string): number | undefined {
  if (keys.length === 1 && /^\d+$/.test(keys[0] ?? '')) return Number.parseInt(keys[0] ?? '', 10);
  return numbersOf(language).get(keys.join(' '));
}

/**
 * AMAZON.FOUR_DIGIT_NUMBER: "4712", "4 7 1 2", "quatre sept un deux", "forty seven twelve" —
 * numbers read one after the other whose digits make four. Returns the four digits.
 */
export function parseFourDigits(keys: readonly string[], language: string): string | undefined {
  const read = (from: number): string[] => {
    if (from === keys.length) return [''];
    const found: string[] = [];
    for (let end = from + 1; end <= Math.min(keys.length, from + 4); end += 1) {
      const slice = keys.slice(from, end);
      const digits =
        slice.length === 1 && /^\d+$/.test(slice[0] ?? '')
          ? slice[0]
          : parseSpokenNumber(slice, language)?.toString();
      if (digits === undefined || digits.length > 4) continue;
      for (const rest of read(end)) found.push(digits + rest);
    }
    return found;
  };
  return read(0).find((digits) => digits.length === 4);
}
