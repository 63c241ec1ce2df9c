import type { Entity, EntityCatalog } from './entities';
import { parseFourDigits, parseSpokenNumber } from './numbers';
import type { Word } from './words';

/** What the resolver knows while it fills slots. */
export interface FillingContext {
  language: string;
  staticValues: Map<string, EntityCatalog>;
  dynamicValues: Map<string, EntityCatalog>;
  /** Custom types whose unknown values are normal (names): an unknown name is not a poor match. */
  openTypes: ReadonlySet<string>;
  /**
   * The words the model's samples spell out ("undo", "score", "pause"): heard where a name could
   * go, they are the request's own words, not an unknown player (known names still resolve).
   */
  vocabulary?: ReadonlySet<string>;
}

/** A slot filled from some words of the utterance. */
export interface SlotFill {
  value: string;
  staticEntity?: Entity;
  dynamicEntity?: Entity;
  /** How well the words fit the type: added to the sample's score. */
  quality: number;
}

const RESOLVED = 3;
const OPEN_UNKNOWN = 1;
const CLOSED_UNKNOWN = -4;

/** Words as written: hyphenated words stay hyphenated ("Jean-Pierre"). */
export function writtenForm(words: readonly Word[]): string {
  return words
    .map((word, index) => (index > 0 && word.joined ? `-${word.text}` : ` ${word.text}`))
    .join('')
    .trim();
}

/** How many words a slot of this type may take at most. */
export function longestSpan(type: string, context: FillingContext): number {
  if (type === 'AMAZON.NUMBER') return 7;
  if (type === 'AMAZON.FOUR_DIGIT_NUMBER') return 8;
  const known = Math.max(
    context.staticValues.get(type)?.longest ?? 0,
    context.dynamicValues.get(type)?.longest ?? 0,
  );
  if (context.openTypes.has(type)) return Math.max(4, known);
  if (type.startsWith('AMAZON.')) return 6;
  return Math.max(2, known);
}

function fillCustom(type: string, words: readonly Word[], context: FillingContext): SlotFill | undefined {
  const key = words.map((word) => word.key).join(' ');
  const staticEntity = context.staticValues.get(type)?.byKey.get(key);
  const dynamicEntity = context.dynamicValues.get(type)?.byKey.get(key);
  const value = writtenForm(words);
  if (staticEntity || dynamicEntity) return { value, staticEntity, dynamicEntity, quality: RESOLVED };
  if (words.some((word) => /\d/.test(word.key))) return undefined;
  if (context.openTypes.has(type)) {
    // An unknown name is one written word: "Zoé", "O'Brien", "Marie-Ève"; "Alice's" is a possessive.
    const oneWord = words.every((word, index) => index === 0 || word.joined);
    const commandWord = words.length === 1 && context.vocabulary?.has(words[0]?.key ?? '');
    return oneWord &&
      !commandWord &&
      words.every((word) => /^[\p{L}']+$/u.test(word.text) && !/'s$/u.test(word.key))
      ? { value, quality: OPEN_UNKNOWN }
      : undefined;
  }
  const commandWord = context.vocabulary?.has(words[0]?.key ?? '');
  return words.length === 1 && !commandWord ? { value, quality: CLOSED_UNKNOWN } : undefined;
}

/** Fills a slot of `type` with exactly these words, or says they cannot fill it. */
export function fillSlot(
  type: string,
  words: readonly Word[],
  context: FillingContext,
): SlotFill | undefined {
  const keys = words.map((word) => word.key);
  if (type === 'AMAZON.NUMBER') {
    const number = parseSpokenNumber(keys, context.language);
    return number === undefined ? undefined : { value: String(number), quality: RESOLVED };
  }
  if (type === 'AMAZON.FOUR_DIGIT_NUMBER') {
    const digits = parseFourDigits(keys, context.language);
    return digits === undefined ? undefined : { value: digits, quality: RESOLVED };
  }
  if (type.startsWith('AMAZON.') && !context.staticValues.has(type))
    return { value: writtenForm(words), quality: 0 };
  return fillCustom(type, words, context);
}
