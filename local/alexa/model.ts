import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const slotSchema = z.object({ name: z.string(), type: z.string(), samples: z.array(z.string()).optional() });

const interactionModelSchema = z.object({
  interactionModel: z.object({
    languageModel: z.object({
      invocationName: z.string(),
      intents: z.array(
        z.object({ name: z.string(), slots: z.array(slotSchema).optional(), samples: z.array(z.string()) }),
      ),
      types: z
        .array(
          z.object({
            name: z.string(),
            values: z.array(
              z.object({
                id: z.string().optional(),
                name: z.object({ value: z.string(), synonyms: z.array(z.string()).optional() }),
              }),
            ),
          }),
        )
        .optional(),
    }),
    dialog: z
      .object({ intents: z.array(z.object({ name: z.string(), delegationStrategy: z.string().optional() })) })
      .optional(),
  }),
});

/** A generated interaction model, as the simulator reads it, with the locale it is for. */
export type InteractionModel = z.infer<typeof interactionModelSchema> & { locale: string };
export type ModelIntent = InteractionModel['interactionModel']['languageModel']['intents'][number];

/** The locales the skill is built for (skill-package/interactionModels/custom/<locale>.json). */
export const supportedLocales = ['en-GB', 'en-US', 'fr-CA', 'fr-FR'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

const modelsFolder = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../skill-package/interactionModels/custom',
);

/** A model file that is missing or is not an interaction model. */
export class InteractionModelLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InteractionModelLoadError';
  }
}

/** Parses an interaction model document (the JSON ask-cli deploys). */
export function parseInteractionModel(document: unknown, locale: string): InteractionModel {
  const parsed = interactionModelSchema.safeParse(document);
  if (!parsed.success) {
    throw new InteractionModelLoadError(`not an interaction model for ${locale}: ${parsed.error.message}`, {
      cause: parsed.error,
    });
  }
  return { ...parsed.data, locale };
}

/** Reads the generated model of a locale from skill-package/interactionModels/custom. */
/** Where the generated model of a locale is (skill-package/interactionModels/custom/<locale>.json). */
export function modelPath(locale: string): string {
  return join(modelsFolder, `${locale}.json`);
}

export function loadInteractionModel(locale: string): InteractionModel {
  const path = modelPath(locale);
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new InteractionModelLoadError(`cannot read the ${locale} model at ${path}`, { cause });
  }
  return parseInteractionModel(document, locale);
}

/** The phrase language of a locale: `fr-CA` → `fr`. */
export function languageOf(locale: string): string {
  return locale.slice(0, 2).toLowerCase();
}
