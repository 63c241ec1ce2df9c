import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const phraseSchema = z.strictObject({
  /** What the person says, as a transcript shows it (punctuation is ignored). */
  say: z.string().min(1),
  /** The intent it means; two when the skill tells them apart by what is going on. */
  intent: z.union([z.string().min(1), z.array(z.string().min(1)).min(2)]),
  /** Every slot the phrase fills: ids for closed types, names as spelled, numbers in digits. */
  slots: z.record(z.string(), z.string()).optional(),
});

const corpusSchema = z.strictObject({ language: z.enum(['en', 'fr']), phrases: z.array(phraseSchema) });

export type CorpusPhrase = z.infer<typeof phraseSchema>;
export type Corpus = z.infer<typeof corpusSchema>;

/**
 * `main`: the phrases the model is measured against (98 % required); `dev`: more phrases, written
 * later by other hands, that the grammar also grew from (an earlier held-out set joined it once it
 * had been looked at); `heldout`: written apart by someone who never saw the grammar, and never
 * looked at while it grew, to see how it generalises.
 */
export type CorpusSet = 'main' | 'dev' | 'heldout';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

/** The phrase corpus of one language (test/understanding/corpus/<set>.<language>.json). */
export function readCorpus(language: 'en' | 'fr', set: CorpusSet = 'main'): Corpus {
  const file = join(folder, set === 'main' ? `${language}.json` : `${set}.${language}.json`);
  const corpus = corpusSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  if (corpus.language !== language) throw new Error(`${file} says it is in ${corpus.language}`);
  return corpus;
}

/** The intents a phrase may resolve to. */
export function expectedIntents(phrase: CorpusPhrase): string[] {
  return typeof phrase.intent === 'string' ? [phrase.intent] : phrase.intent;
}
