import { join } from 'node:path';
import { buildInteractionModels, serialiseInteractionModel } from './build';
import { type InteractionModelSource, readInteractionModelSource } from './read-source';
import { interactionModelProblems } from './validate';

/** The built models break an Alexa rule or one of this project's (see validate.ts). */
export class InteractionModelInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`the interaction model source builds invalid models:\n- ${problems.join('\n- ')}`);
    this.name = 'InteractionModelInvalidError';
  }
}

/** The custom types whose values are people's names, from every feature's schema. */
export function nameTypesOf(source: InteractionModelSource): string[] {
  return source.features.flatMap((feature) => feature.schema.nameTypes ?? []);
}

export const MODELS_FOLDER = 'skill-package/interactionModels/custom';

/**
 * What `npm run build:models` writes: path relative to the project root → file text.
 * Throws when the source is malformed or the built models are invalid.
 */
export function buildModelFiles(projectRoot: string): Map<string, string> {
  const source = readInteractionModelSource(join(projectRoot, 'interaction-models'));
  const files = new Map<string, string>();
  const problems: string[] = [];
  const nameTypes = nameTypesOf(source);
  for (const [locale, document] of buildInteractionModels(source)) {
    const language = source.locales[locale]?.language ?? '';
    problems.push(
      ...interactionModelProblems(document, { language, nameTypes }).map(
        (problem) => `${locale}: ${problem}`,
      ),
    );
    files.set(`${MODELS_FOLDER}/${locale}.json`, serialiseInteractionModel(document));
  }
  if (problems.length > 0) throw new InteractionModelInvalidError(problems);
  return files;
}
