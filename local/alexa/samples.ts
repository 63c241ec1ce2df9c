import { builtInPhrases } from './built-in-phrases';
import type { InteractionModel } from './model';
import { type FillingContext, fillSlot, longestSpan, type SlotFill } from './slot-filling';
import { matchKey, phraseKeys, type Word } from './words';

/**
 * A slot may be glued to a word by an apostrophe: a French elision before it ("d'{player}") or an
 * English possessive after it ("{player}'s"). Those letters are part of the word said ("d'alice").
 */
type SlotPart = { kind: 'slot'; name: string; type: string; gluedBefore?: string; gluedAfter?: string };
type SamplePart = { kind: 'word'; key: string } | SlotPart;

/** A sample utterance ready to match typed words. */
export interface CompiledSample {
  intent: string;
  parts: SamplePart[];
  /** Literal words, to skip samples whose words were not said at all. */
  literals: string[];
  /** An elicitation sample of the slot being asked for. */
  elicitation: boolean;
}

/** A full match of a sample: its slots and its score (literal words count most). */
export interface SampleMatch {
  sample: CompiledSample;
  fills: Map<string, SlotFill>;
  score: number;
}

const LITERAL_WORD = 10;
const ELICITATION_BONUS = 2;

/** Turns "but pour {player}" into matchable parts, with each slot's type from the intent. */
export function compileSample(
  intent: string,
  text: string,
  slotTypes: ReadonlyMap<string, string>,
  elicitation = false,
): CompiledSample {
  const parts: SamplePart[] = [];
  const pieces = text.split(/(\{[^{}]+\})/);
  pieces.forEach((piece, index) => {
    const slot = /^\{([^{}]+)\}$/.exec(piece)?.[1];
    if (slot === undefined) {
      // Glued letters belong to the slot next to them, not to the words.
      const words = piece.replace(/\S*'$/u, '').replace(/^'\S*/u, '');
      for (const key of phraseKeys(words)) parts.push({ kind: 'word', key });
      return;
    }
    const gluedBefore = /(\S*')$/u.exec(pieces[index - 1] ?? '')?.[1];
    const gluedAfter = /^('\S*)/u.exec(pieces[index + 1] ?? '')?.[1];
    parts.push({
      kind: 'slot',
      name: slot,
      type: slotTypes.get(slot) ?? 'AMAZON.SearchQuery',
      ...(gluedBefore ? { gluedBefore: matchKey(gluedBefore) } : {}),
      ...(gluedAfter ? { gluedAfter: matchKey(gluedAfter) } : {}),
    });
  });
  const literals = parts.flatMap((part) => (part.kind === 'word' ? [part.key] : []));
  return { intent, parts, literals, elicitation };
}

/** Every intent sample of a model, then the built-in intents' phrases the model declares. */
export function compileModelSamples(model: InteractionModel, language: string): CompiledSample[] {
  const intents = model.interactionModel.languageModel.intents;
  const custom = intents.flatMap((intent) => {
    const slotTypes = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
    return intent.samples.map((sample) => compileSample(intent.name, sample, slotTypes));
  });
  const builtIn = intents.flatMap((intent) =>
    (builtInPhrases[language]?.[intent.name] ?? []).map((phrase) =>
      compileSample(intent.name, phrase, new Map()),
    ),
  );
  return [...custom, ...builtIn];
}

function strip(word: Word, glue: string, from: 'start' | 'end'): Word | undefined {
  if (word.key.length <= glue.length) return undefined;
  if (from === 'start')
    return word.key.startsWith(glue)
      ? { ...word, key: word.key.slice(glue.length), text: word.text.slice(glue.length) }
      : undefined;
  return word.key.endsWith(glue)
    ? { ...word, key: word.key.slice(0, -glue.length), text: word.text.slice(0, -glue.length) }
    : undefined;
}

/** The slot's own words, once the letters glued to them are taken off ("d'alice" → "alice"). */
function unglued(part: SlotPart, words: readonly Word[]): Word[] | undefined {
  const said = [...words];
  const first = said[0];
  if (part.gluedBefore && first) {
    const word = strip(first, part.gluedBefore, 'start');
    if (!word) return undefined;
    said[0] = word;
  }
  const last = said[said.length - 1];
  if (part.gluedAfter && last) {
    const word = strip(last, part.gluedAfter, 'end');
    if (!word) return undefined;
    said[said.length - 1] = word;
  }
  return said;
}

/** The best way the words fill the sample from end to end, if there is one. */
export function matchSample(
  sample: CompiledSample,
  words: readonly Word[],
  context: FillingContext,
): SampleMatch | undefined {
  const said = new Set(words.map((word) => word.key));
  if (!sample.literals.every((key) => said.has(key))) return undefined;

  const best = (
    partIndex: number,
    wordIndex: number,
  ): { fills: [string, SlotFill][]; quality: number } | undefined => {
    const part = sample.parts[partIndex];
    if (!part) return wordIndex === words.length ? { fills: [], quality: 0 } : undefined;
    if (part.kind === 'word')
      return words[wordIndex]?.key === part.key ? best(partIndex + 1, wordIndex + 1) : undefined;
    let found: { fills: [string, SlotFill][]; quality: number } | undefined;
    const last = Math.min(words.length, wordIndex + longestSpan(part.type, context));
    for (let end = wordIndex + 1; end <= last; end += 1) {
      const said = unglued(part, words.slice(wordIndex, end));
      const fill = said && fillSlot(part.type, said, context);
      if (!fill) continue;
      const rest = best(partIndex + 1, end);
      if (!rest) continue;
      const quality = rest.quality + fill.quality;
      if (!found || quality > found.quality) found = { fills: [[part.name, fill], ...rest.fills], quality };
    }
    return found;
  };

  const result = best(0, 0);
  if (!result) return undefined;
  const score =
    sample.literals.length * LITERAL_WORD + result.quality + (sample.elicitation ? ELICITATION_BONUS : 0);
  return { sample, fills: new Map(result.fills), score };
}
