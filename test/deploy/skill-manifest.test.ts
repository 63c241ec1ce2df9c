import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT, readStackTemplate } from './support/stack-template';

/*
 * The manifest rules a certification check applies, on skill-package/skill.json and the built
 * interaction models, so a submission is not bounced for a missing field or an example
 * phrase the model does not know.
 */

const httpsUrl = z.url({ protocol: /^https$/ });
/** An icon shipped in the skill package: ask-cli uploads `file://assets/…` with the package. */
const packagedIcon = z.string().regex(/^file:\/\/assets\/images\/[a-z0-9-]+\.png$/);
const manifestSchema = z.object({
  manifest: z.object({
    publishingInformation: z.object({
      locales: z.record(
        z.string(),
        z.object({
          name: z.string().min(2).max(50),
          summary: z.string().min(1).max(160),
          description: z.string().min(1).max(4000),
          examplePhrases: z.array(z.string().min(1)).min(1).max(3),
          keywords: z.array(z.string().min(1).max(150)).max(30),
          smallIconUri: packagedIcon,
          largeIconUri: packagedIcon,
        }),
      ),
      distributionCountries: z.array(z.string().length(2)).min(1),
      category: z.string().min(1),
      testingInstructions: z.string().min(1).max(4000),
    }),
    privacyAndCompliance: z.object({
      allowsPurchases: z.boolean(),
      usesPersonalInfo: z.boolean(),
      isChildDirected: z.boolean(),
      isExportCompliant: z.boolean(),
      containsAds: z.boolean(),
      locales: z.record(z.string(), z.object({ privacyPolicyUrl: httpsUrl, termsOfUseUrl: httpsUrl })),
    }),
    apis: z.object({ custom: z.record(z.string(), z.unknown()) }),
  }),
});

const modelSchema = z.object({
  interactionModel: z.object({
    languageModel: z.object({
      invocationName: z.string(),
      intents: z.array(z.object({ name: z.string(), samples: z.array(z.string()).default([]) })),
    }),
  }),
});

const { manifest } = manifestSchema.parse(
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'skill-package/skill.json'), 'utf8')),
);
const modelsDir = join(PROJECT_ROOT, 'skill-package/interactionModels/custom');
const models = new Map(
  readdirSync(modelsDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [
      file.replace(/\.json$/, ''),
      modelSchema.parse(JSON.parse(readFileSync(join(modelsDir, file), 'utf8'))).interactionModel
        .languageModel,
    ]),
);
const locales = [...models.keys()].sort();

/** How a spoken example opens the skill, per language: "open X", "ask X to …", "demande à X de …". */
const PHRASE_FORMS = {
  en: { launch: 'Alexa, open (.+)', request: 'Alexa, ask {name} (?:to )?(.+)' },
  fr: { launch: 'Alexa, ouvre (.+)', request: "Alexa, demande à {name} (?:de |d')?(.+)" },
};

/** The utterance an example phrase carries after the invocation name, if it has that form. */
function utteranceOf(phrase: string, form: string, invocationName: string): string | undefined {
  const name = invocationName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${form.replace('{name}', name)}$`, 'iu').exec(phrase)?.[1];
}

/** Whether `utterance` is one of the samples, with any words in place of each `{slot}`. */
function matchesSample(samples: readonly string[], utterance: string): boolean {
  return samples.some((sample) => {
    const pattern = sample
      .split(/(\{\w+\})/)
      .map((part) => (/^\{\w+\}$/.test(part) ? "[\\p{L}' -]+" : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return new RegExp(`^${pattern}$`, 'iu').test(utterance);
  });
}

function customSamples(locale: string): string[] {
  return (models.get(locale)?.intents ?? [])
    .filter((intent) => !intent.name.startsWith('AMAZON.'))
    .flatMap((intent) => intent.samples);
}

describe('skill-package/skill.json, as certification checks it', () => {
  it('publishes, and states privacy and terms for, exactly the locales that have a built model', () => {
    expect(locales).toEqual(['en-GB', 'en-US', 'fr-CA', 'fr-FR']);
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual(locales);
    expect(Object.keys(manifest.privacyAndCompliance.locales).sort()).toEqual(locales);
  });

  it('has no endpoint: ask deploy writes the stack’s SkillEndpoint output there', () => {
    expect(manifest.apis.custom).not.toHaveProperty('endpoint');
    expect(Object.keys(readStackTemplate().Outputs)).toContain('SkillEndpoint');
  });

  it.each(locales)(
    '%s: the invocation name is two or more lowercase words without launch words',
    (locale) => {
      const name = models.get(locale)?.invocationName ?? '';
      expect(name).toMatch(/^[\p{Ll}]+(?: [\p{Ll}]+)+$/u);
      for (const word of [
        'alexa',
        'echo',
        'computer',
        'amazon',
        'skill',
        'app',
        'launch',
        'ask',
        'tell',
        'open',
      ]) {
        expect(name.split(' '), name).not.toContain(word);
      }
    },
  );

  it.each(locales)(
    '%s: example phrases open the skill by its invocation name and say sample utterances',
    (locale) => {
      const language = locale.startsWith('fr') ? 'fr' : 'en';
      const invocationName = models.get(locale)?.invocationName ?? '';
      const [first = '', ...others] = manifest.publishingInformation.locales[locale]?.examplePhrases ?? [];

      expect(utteranceOf(first, PHRASE_FORMS[language].launch, invocationName)?.toLowerCase()).toBe(
        invocationName,
      );
      for (const phrase of others) {
        const utterance = utteranceOf(phrase, PHRASE_FORMS[language].request, invocationName);
        expect(utterance, phrase).toBeDefined();
        expect(matchesSample(customSamples(locale), utterance ?? ''), phrase).toBe(true);
      }
    },
  );

  it('fills the compliance answers a submission requires, with privacy links since it keeps names', () => {
    const compliance = manifest.privacyAndCompliance;
    expect(compliance.usesPersonalInfo).toBe(true);
    expect(compliance.isChildDirected).toBe(false);
    for (const locale of locales) expect(compliance.locales[locale]?.privacyPolicyUrl).toBeDefined();
  });
});

describe('the example phrase matcher', () => {
  it('accepts slot values in place of slots and refuses words the samples do not have', () => {
    const samples = ['start a match between {red} and {blue}', "what's the score"];
    expect(matchesSample(samples, 'start a match between Alice and Bob')).toBe(true);
    expect(matchesSample(samples, "What's the score")).toBe(true);
    expect(matchesSample(samples, 'start a game between Alice and Bob')).toBe(false);
    expect(matchesSample(samples, "what's the score now")).toBe(false);
  });
});

describe('the skill icons', () => {
  it('ships its icons in the skill package, 108 and 512 pixels square PNGs (no placeholder URL)', () => {
    const manifest = manifestSchema.parse(
      JSON.parse(readFileSync(join(PROJECT_ROOT, 'skill-package/skill.json'), 'utf8')),
    );
    for (const locale of Object.values(manifest.manifest.publishingInformation.locales)) {
      for (const [uri, size] of [
        [locale.smallIconUri, 108],
        [locale.largeIconUri, 512],
      ] as const) {
        const png = readFileSync(join(PROJECT_ROOT, 'skill-package', uri.slice('file://'.length)));
        expect(png.subarray(1, 4).toString('latin1'), uri).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], uri).toEqual([size, size]);
      }
    }
  });
});
