/**
 * One word of what the user said. `text` is the written form (case kept) that goes into slot
 * values; `key` is the form used for matching: lowercase, accents folded, periods dropped.
 * `joined` is true when the word was glued to the one before by a hyphen (Jean-Pierre).
 */
export interface Word {
  text: string;
  key: string;
  joined: boolean;
}

/** Lowercase, accents folded, apostrophes unified: "Élodie’s" → "elodie's". */
export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '');
}

/**
 * Splits typed text into words the way Alexa hears it: punctuation and "?" dropped, hyphens split
 * words but are remembered, apostrophes kept inside words, "babyfoot" heard as "baby foot".
 */
export function splitWords(text: string): Word[] {
  const cleaned = text
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/\b(baby)[-\s]?(foot)\b/giu, '$1 $2')
    .replace(/[^\p{L}\p{N}'\s.-]/gu, ' ')
    // A period ends a sentence unless it marks a spoken initialism ("i. t. s. f.").
    .replace(/(\p{L}{2,}|\p{N})\.(?=\s|$)/gu, '$1 ');
  const words: Word[] = [];
  for (const chunk of cleaned.split(/\s+/)) {
    chunk.split('-').forEach((part, index) => {
      const trimmed = part.replace(/^'+|'+$/g, '');
      const key = matchKey(trimmed);
      if (key.length > 0) words.push({ text: trimmed, key, joined: index > 0 });
    });
  }
  return words;
}

/** The match keys of a phrase, e.g. a slot value or a literal part of a sample. */
export function phraseKeys(text: string): string[] {
  return splitWords(text).map((word) => word.key);
}
