import { beforeAll, describe, expect, it } from 'vitest';
import { loadInteractionModel } from '../../local/alexa';
import { expectedIntents, readCorpus } from './corpus';
import { type CorpusResult, hearCorpus, share } from './understanding';

/** The share of the corpus each resolver must understand (issue: "≥ 98 % by both resolvers"). */
const REQUIRED_SHARE = 0.98;
const MIN_PHRASES = 300;

function misses(result: CorpusResult): string[] {
  return result.hearings.filter((h) => !h.understood).map((h) => `"${h.phrase.say}": ${h.why}`);
}

describe.each([
  ['fr', 'fr-FR'],
  ['en', 'en-US'],
] as const)('the %s phrase corpus', (language, locale) => {
  const corpus = readCorpus(language);
  let project: CorpusResult | undefined;
  let independent: CorpusResult | undefined;
  beforeAll(() => {
    [project, independent] = hearCorpus(locale);
  }, 120_000);

  it('is written as people talk: at least 300 phrasings, every custom intent of the model', () => {
    expect(corpus.phrases.length).toBeGreaterThanOrEqual(MIN_PHRASES);
    const model = loadInteractionModel(locale).interactionModel.languageModel.intents;
    const custom = model.map((intent) => intent.name).filter((name) => !name.startsWith('AMAZON.'));
    const said = new Set(corpus.phrases.flatMap(expectedIntents));
    // A gamelle is a GoalIntent with goalKind gamelle in the corpus: see understanding.ts.
    const missing = custom.filter((name) => !said.has(name) && name !== 'GamelleIntent');
    expect(missing, 'intents the corpus never says').toEqual([]);
    const unknown = [...said].filter((name) => !custom.includes(name));
    expect(unknown, 'corpus intents the model does not have').toEqual([]);
  });

  it(`is understood at ${REQUIRED_SHARE * 100} % or more by the console's resolver`, () => {
    if (!project) throw new Error('no console result');
    expect(share(project.hearings), misses(project).join('\n')).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  });

  it(`is understood at ${REQUIRED_SHARE * 100} % or more by virtual-alexa's resolver`, () => {
    if (!independent) throw new Error('no virtual-alexa result');
    expect(share(independent.hearings), misses(independent).join('\n')).toBeGreaterThanOrEqual(
      REQUIRED_SHARE,
    );
  });

  it('is understood the same way by both: the console is never more lenient than virtual-alexa', () => {
    const theirs = independent?.hearings;
    if (!project || !theirs) throw new Error('missing results');
    const disagreements = project.hearings.flatMap((hearing, index) => {
      const other = theirs[index];
      if (!other || other.understood === hearing.understood) return [];
      return [
        `"${hearing.phrase.say}": console ${hearing.why ?? 'understood'}, virtual-alexa ${other.why ?? 'understood'}`,
      ];
    });
    expect(disagreements).toEqual([]);
  });
});
