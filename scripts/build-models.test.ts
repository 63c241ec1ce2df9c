import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInteractionModels } from './interaction-model/build';
import { invocationNameProblems } from './interaction-model/invocation-name';
import { buildModelFiles, nameTypesOf } from './interaction-model/model-files';
import type { InteractionModelDocument } from './interaction-model/model-types';
import { InteractionModelSourceError, readInteractionModelSource } from './interaction-model/read-source';
import { expandTemplate } from './interaction-model/template';
import { interactionModelProblems, REQUIRED_BUILT_IN_INTENTS } from './interaction-model/validate';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = readInteractionModelSource(join(projectRoot, 'interaction-models'));
const models = buildInteractionModels(source);
const LOCALES = ['en-GB', 'en-US', 'fr-CA', 'fr-FR'];

function languageModel(locale: string) {
  const model = models.get(locale);
  if (!model) throw new Error(`no model built for ${locale}`);
  return model.interactionModel.languageModel;
}

describe('generated interaction models', () => {
  it('are the ones committed in skill-package (else run `npm run build:models`)', () => {
    for (const [path, expected] of buildModelFiles(projectRoot)) {
      let committed = '';
      try {
        committed = readFileSync(join(projectRoot, path), 'utf8');
      } catch {
        // Missing: reported by the assertion below.
      }
      expect(committed, `${path} is out of date: run \`npm run build:models\``).toBe(expected);
    }
  });

  it('exist for the four locales, French and English phrases', () => {
    expect([...models.keys()]).toEqual(LOCALES);
    expect(languageModel('fr-CA')).toEqual(languageModel('fr-FR'));
    expect(languageModel('en-GB')).toEqual(languageModel('en-US'));
    expect(languageModel('fr-FR').intents.find((i) => i.name === 'ScoreIntent')?.samples).toContain(
      'quel est le score',
    );
    expect(languageModel('en-US').intents.find((i) => i.name === 'ScoreIntent')?.samples).toContain(
      "what's the score",
    );
  });

  it.each(LOCALES)('%s: every custom intent has samples', (locale) => {
    for (const intent of languageModel(locale).intents.filter((i) => !i.name.startsWith('AMAZON.'))) {
      expect(intent.samples.length, intent.name).toBeGreaterThan(0);
    }
  });

  it.each(LOCALES)('%s: every slot used in a sample exists on its intent', (locale) => {
    for (const intent of languageModel(locale).intents) {
      const slots = new Set(intent.slots?.map((slot) => slot.name));
      const samples = [...intent.samples, ...(intent.slots ?? []).flatMap((slot) => slot.samples ?? [])];
      for (const sample of samples) {
        for (const [, slot] of sample.matchAll(/\{([^}]*)\}/g))
          expect(slots.has(slot ?? ''), `${intent.name}: "${sample}"`).toBe(true);
      }
    }
  });

  it.each(LOCALES)('%s: no sample belongs to two intents', (locale) => {
    const owners = new Map<string, string>();
    for (const intent of languageModel(locale).intents) {
      for (const sample of intent.samples) {
        const owner = owners.get(sample.toLowerCase());
        expect(owner === undefined || owner === intent.name, `"${sample}": ${owner} and ${intent.name}`).toBe(
          true,
        );
        owners.set(sample.toLowerCase(), intent.name);
      }
    }
  });

  it.each(LOCALES)('%s: declares the built-in intents Alexa requires', (locale) => {
    const names = languageModel(locale).intents.map((intent) => intent.name);
    expect(names).toEqual(expect.arrayContaining(REQUIRED_BUILT_IN_INTENTS));
  });

  it.each(LOCALES)('%s: passes every rule of the validator', (locale) => {
    const model = models.get(locale);
    if (!model) throw new Error(`no model for ${locale}`);
    expect(
      interactionModelProblems(model, { language: locale.slice(0, 2), nameTypes: nameTypesOf(source) }),
    ).toEqual([]);
  });

  it('hands the Dialog directives of StartMatch and AbandonMatch to the skill', () => {
    const dialog = models.get('fr-FR')?.interactionModel.dialog?.intents ?? [];
    // Other features (pairing, tournaments…) add their own dialog intents after these.
    expect(dialog.map((intent) => [intent.name, intent.delegationStrategy])).toEqual(
      expect.arrayContaining([
        ['StartMatchIntent', 'SKILL_RESPONSE'],
        ['AbandonMatchIntent', 'SKILL_RESPONSE'],
      ]),
    );
    const slots = dialog.find((intent) => intent.name === 'StartMatchIntent')?.slots.map((slot) => slot.name);
    expect(slots).toEqual(
      languageModel('fr-FR')
        .intents.find((i) => i.name === 'StartMatchIntent')
        ?.slots?.map((s) => s.name),
    );
  });

  it('gives every player slot elicitation samples', () => {
    for (const locale of LOCALES) {
      const start = languageModel(locale).intents.find((intent) => intent.name === 'StartMatchIntent');
      for (const slot of start?.slots?.filter((s) => s.type === 'PlayerName') ?? []) {
        expect(slot.samples, `${locale} ${slot.name}`).toContain(`{${slot.name}}`);
      }
    }
  });
});

describe('interactionModelProblems', () => {
  const broken: InteractionModelDocument = {
    interactionModel: {
      languageModel: {
        invocationName: 'ask foot',
        intents: [
          { name: 'AMAZON.HelpIntent', samples: [] },
          { name: 'ScoreIntent', samples: ['score', 'score for {team}'] },
          {
            name: 'OtherIntent',
            samples: ['score', 'first to 11'],
            slots: [{ name: 'team', type: 'Colour' }],
          },
          { name: 'EmptyIntent', samples: [] },
        ],
        types: [],
      },
      prompts: [],
    },
  };

  it('reports each broken rule', () => {
    const problems = interactionModelProblems(broken, { language: 'en' });
    expect(problems).toEqual(
      expect.arrayContaining([
        'invocation name: launch or connecting word "ask"',
        'missing built-in intent AMAZON.StopIntent',
        'ScoreIntent "score for {team}": unknown slot {team}',
        '"score" is a sample of both ScoreIntent and OtherIntent',
        'OtherIntent "first to 11": characters Alexa refuses (digits, punctuation)',
        'OtherIntent.team: unknown type Colour',
        'EmptyIntent has no sample',
      ]),
    );
  });

  type LanguageModel = InteractionModelDocument['interactionModel']['languageModel'];
  const names = { name: 'Name', values: [{ id: 'Alice', name: { value: 'Alice' } }] };
  function model(intents: LanguageModel['intents'], types: LanguageModel['types'] = [names]) {
    const required = REQUIRED_BUILT_IN_INTENTS.map((name) => ({ name, samples: [] }));
    return {
      interactionModel: {
        languageModel: { invocationName: 'baby foot', intents: [...required, ...intents], types },
        prompts: [],
      },
    } satisfies InteractionModelDocument;
  }
  const colours = {
    name: 'Colour',
    values: [{ id: 'red', name: { value: 'red', synonyms: ['the reds'] } }],
  };

  it('refuses a sample made of slots only: it would take any words', () => {
    const problems = interactionModelProblems(
      model([{ name: 'GoalIntent', slots: [{ name: 'scorer', type: 'Name' }], samples: ['{scorer}'] }]),
      { language: 'en', nameTypes: ['Name'] },
    );
    expect(problems).toEqual([
      'GoalIntent "{scorer}": only slots, so it would take words meant for other intents',
    ]);
  });

  it('refuses samples where a name slot and a colour slot would fight over the same words', () => {
    const problems = interactionModelProblems(
      model(
        [
          { name: 'GoalIntent', slots: [{ name: 'team', type: 'Colour' }], samples: ['goal for {team}'] },
          {
            name: 'PlayerGoalIntent',
            slots: [{ name: 'player', type: 'Name' }],
            samples: ['goal for {player}'],
          },
        ],
        [colours, names],
      ),
      { language: 'en', nameTypes: ['Name'] },
    );
    expect(problems).toEqual([
      '"goal for {team}" (GoalIntent) and "goal for {player}" (PlayerGoalIntent) can hear the same words',
    ]);
  });

  it("refuses a slot sample that, with one of its type's values, is another intent's sample", () => {
    const problems = interactionModelProblems(
      model(
        [
          { name: 'GoalIntent', slots: [{ name: 'team', type: 'Colour' }], samples: ['point for {team}'] },
          { name: 'ScoreIntent', samples: ['point for the reds'] },
        ],
        [colours],
      ),
      { language: 'en' },
    );
    expect(problems).toEqual([
      '"point for {team}" (GoalIntent) with "the reds" is "point for the reds" (ScoreIntent)',
    ]);
  });

  it('refuses two slot types of one intent that share a value', () => {
    const problems = interactionModelProblems(
      model(
        [
          {
            name: 'StartMatchIntent',
            slots: [
              { name: 'team', type: 'Colour' },
              { name: 'mode', type: 'Mode' },
            ],
            samples: ['start {mode} for {team}'],
          },
        ],
        [
          colours,
          { name: 'Mode', values: [{ id: 'doubles', name: { value: 'doubles', synonyms: ['red'] } }] },
        ],
      ),
      { language: 'en' },
    );
    expect(problems).toEqual(['StartMatchIntent: Colour and Mode both hold "red"']);
  });

  it("holds Alexa's published limits: sample and slot value length", () => {
    const long = 'a'.repeat(141);
    const problems = interactionModelProblems(
      model(
        [{ name: 'LongIntent', samples: [`say ${'very '.repeat(40)}long`] }],
        [{ name: 'Long', values: [{ id: 'long', name: { value: long } }] }],
      ),
      { language: 'en' },
    );
    expect(problems).toEqual([
      `Long "${long}": longer than 140 characters`,
      `LongIntent "say ${'very '.repeat(40)}long": longer than 200 characters`,
    ]);
  });
});

describe('expandTemplate', () => {
  it('expands groups, options and fragments in a stable order', () => {
    expect(expandTemplate('<lead> goal for {scorer} [please]', { lead: 'ok|[and] so' })).toEqual([
      'ok goal for {scorer}',
      'ok goal for {scorer} please',
      'so goal for {scorer}',
      'so goal for {scorer} please',
      'and so goal for {scorer}',
      'and so goal for {scorer} please',
    ]);
  });

  it('refuses an unknown fragment and fragments that refer to each other', () => {
    expect(() => expandTemplate('<nope> goal', {})).toThrow(/unknown fragment <nope>/);
    expect(() => expandTemplate('<a>', { a: '<b>', b: '<a>' })).toThrow(/in a circle/);
  });
});

describe('invocationNameProblems', () => {
  it('accepts the chosen names', () => {
    expect(invocationNameProblems('baby foot', 'en')).toEqual([]);
    expect(invocationNameProblems('mon baby foot', 'fr')).toEqual([]);
  });

  it.each([
    ['baby', 'en', 'two words or more'],
    ['Baby Foot', 'en', 'only lowercase'],
    ['ask baby foot', 'en', 'launch or connecting word "ask"'],
    ['the foot', 'en', 'article or preposition "the"'],
    ['alexa foot', 'en', 'wake word "alexa"'],
    ['demande baby foot', 'fr', 'launch or connecting word "demande"'],
    ['le babyfoot', 'fr', 'article or preposition "le"'],
    ['baby foot 2', 'en', 'only lowercase'],
  ])('refuses "%s" (%s)', (name, language, rule) => {
    expect(invocationNameProblems(name, language).join('; ')).toContain(rule);
  });
});

describe('readInteractionModelSource and buildInteractionModels', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  function writeSource(files: Record<string, unknown>): string {
    root = mkdtempSync(join(tmpdir(), 'babyfoot-models-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), JSON.stringify(content));
    }
    return root;
  }

  it('merges every feature folder, in folder order, with values per language', () => {
    const folder = writeSource({
      'locales.json': { 'en-US': { language: 'en', invocationName: 'baby foot' } },
      'zeta/schema.json': { intents: [{ name: 'RankingIntent' }] },
      'zeta/phrases.en.json': { intents: { RankingIntent: ['(who|which player) leads'] } },
      'alpha/schema.json': { intents: [{ name: 'AMAZON.StopIntent' }], types: ['Colour'] },
      'alpha/phrases.en.json': { types: { Colour: { red: ['red', 'reds'] } } },
    });
    const model = buildInteractionModels(readInteractionModelSource(folder)).get('en-US')?.interactionModel;
    expect(model?.languageModel.intents).toEqual([
      { name: 'AMAZON.StopIntent', samples: [] },
      { name: 'RankingIntent', samples: ['who leads', 'which player leads'] },
    ]);
    expect(model?.languageModel.types).toEqual([
      { name: 'Colour', values: [{ id: 'red', name: { value: 'red', synonyms: ['reds'] } }] },
    ]);
  });

  it("includes another type's values, and hears a hyphenated name as two words too", () => {
    const folder = writeSource({
      'locales.json': { 'en-US': { language: 'en', invocationName: 'baby foot' } },
      'match/schema.json': { intents: [{ name: 'AMAZON.StopIntent' }], types: ['PlayerName', 'Scorer'] },
      'match/phrases.en.json': {
        types: {
          PlayerName: ['Jean-Pierre'],
          Scorer: { include: ['PlayerName'], values: { red: ['red', 'the reds'] } },
        },
      },
    });
    const types = buildInteractionModels(readInteractionModelSource(folder)).get('en-US')?.interactionModel
      .languageModel.types;
    expect(types?.find((type) => type.name === 'Scorer')?.values).toEqual([
      { id: 'Jean-Pierre', name: { value: 'Jean-Pierre', synonyms: ['Jean Pierre'] } },
      { id: 'red', name: { value: 'red', synonyms: ['the reds'] } },
    ]);
  });

  it('shares fragments across features of a language and refuses one defined twice', () => {
    const folder = writeSource({
      'locales.json': { 'en-US': { language: 'en', invocationName: 'baby foot' } },
      'a/schema.json': { intents: [{ name: 'ScoreIntent' }] },
      'a/phrases.en.json': {
        fragments: { please: 'please|thanks' },
        intents: { ScoreIntent: ['score <please>'] },
      },
      'b/schema.json': { intents: [{ name: 'UndoGoalIntent' }] },
      'b/phrases.en.json': { intents: { UndoGoalIntent: ['undo [<please>]'] } },
    });
    const intents = buildInteractionModels(readInteractionModelSource(folder)).get('en-US')?.interactionModel
      .languageModel.intents;
    expect(intents?.map((intent) => intent.samples)).toEqual([
      ['score please', 'score thanks'],
      ['undo', 'undo please', 'undo thanks'],
    ]);
    const twice = writeSource({
      'locales.json': { 'en-US': { language: 'en', invocationName: 'baby foot' } },
      'a/schema.json': { intents: [] },
      'a/phrases.en.json': { fragments: { please: 'please' } },
      'b/schema.json': { intents: [] },
      'b/phrases.en.json': { fragments: { please: 'thanks' } },
    });
    expect(() => buildInteractionModels(readInteractionModelSource(twice))).toThrow(
      /<please> is defined in both a and b/,
    );
  });

  it('refuses phrases for an intent no schema declares', () => {
    const folder = writeSource({
      'locales.json': { 'en-US': { language: 'en', invocationName: 'baby foot' } },
      'match/schema.json': { intents: [{ name: 'ScoreIntent' }] },
      'match/phrases.en.json': { intents: { ScorIntent: ['score'] } },
    });
    expect(() => buildInteractionModels(readInteractionModelSource(folder))).toThrow(
      InteractionModelSourceError,
    );
  });

  it('refuses an intent defined by two features', () => {
    const folder = writeSource({
      'locales.json': { 'en-US': { language: 'en', invocationName: 'baby foot' } },
      'a/schema.json': { intents: [{ name: 'ScoreIntent' }] },
      'b/schema.json': { intents: [{ name: 'ScoreIntent' }] },
    });
    expect(() => buildInteractionModels(readInteractionModelSource(folder))).toThrow(
      /defined in both a and b/,
    );
  });

  it('refuses a source file that does not follow the format', () => {
    const folder = writeSource({
      'locales.json': { 'en-US': { language: 'english', invocationName: 'baby foot' } },
    });
    expect(() => readInteractionModelSource(folder)).toThrow(InteractionModelSourceError);
  });
});
