import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  FALLBACK_INTENT,
  languageOf,
  loadInteractionModel,
  parseInvocation,
  resolveUtterance,
} from '../local/alexa';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestSchema = z.object({
  manifest: z.object({
    publishingInformation: z.object({
      locales: z.record(
        z.string(),
        z.object({
          name: z.string().min(1),
          summary: z.string().min(1),
          description: z.string().min(1),
          examplePhrases: z.array(z.string()).min(1).max(3),
          keywords: z.array(z.string()),
          // Icons shipped in the skill package (see test/deploy/skill-manifest.test.ts).
          smallIconUri: z.string().startsWith('file://assets/images/'),
          largeIconUri: z.string().startsWith('file://assets/images/'),
        }),
      ),
      category: z.string(),
    }),
    privacyAndCompliance: z.object({
      usesPersonalInfo: z.boolean(),
      locales: z.record(z.string(), z.object({ privacyPolicyUrl: z.string(), termsOfUseUrl: z.string() })),
    }),
    apis: z.object({ custom: z.looseObject({ interfaces: z.array(z.looseObject({ type: z.string() })) }) }),
  }),
});
const { manifest } = manifestSchema.parse(
  JSON.parse(readFileSync(join(projectRoot, 'skill-package/skill.json'), 'utf8')),
);
const LOCALES = ['en-GB', 'en-US', 'fr-CA', 'fr-FR'];

describe('skill.json', () => {
  it('publishes the four locales, with privacy links', () => {
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual(LOCALES);
    expect(Object.keys(manifest.privacyAndCompliance.locales).sort()).toEqual(LOCALES);
    expect(manifest.publishingInformation.category).toBe('SCORE_KEEPING');
  });

  it('has no endpoint: ask-cli writes it at deploy time', () => {
    expect(manifest.apis.custom).not.toHaveProperty('endpoint');
  });

  it('declares APL, without which Alexa rejects the scoreboard screens the skill sends', () => {
    const types = manifest.apis.custom.interfaces.map((declared) => declared.type);
    expect(types).toEqual(['ALEXA_PRESENTATION_APL']);
  });

  it.each(LOCALES)('%s: example phrases use the invocation name and real samples', (locale) => {
    const model = loadInteractionModel(locale);
    const invocationName = model.interactionModel.languageModel.invocationName;
    const [first, ...others] = manifest.publishingInformation.locales[locale]?.examplePhrases ?? [];
    for (const phrase of [first, ...others]) {
      expect(phrase?.startsWith('Alexa, '), phrase).toBe(true);
      expect(phrase?.toLowerCase(), phrase).toContain(invocationName);
    }
    expect(parseInvocation(first ?? '', invocationName, languageOf(locale))).toEqual({ kind: 'launch' });
    for (const phrase of others) {
      const invocation = parseInvocation(phrase, invocationName, languageOf(locale));
      if (invocation.kind !== 'utterance') throw new Error(`"${phrase}" carries no request`);
      const heard = resolveUtterance(model, invocation.utterance);
      expect(heard.intent, phrase).not.toBe(FALLBACK_INTENT);
      expect(heard.intent.startsWith('AMAZON.'), phrase).toBe(false);
    }
  });
});
