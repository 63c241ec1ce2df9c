import { join } from 'node:path';
import { buildInteractionModels, serialiseInteractionModel } from './build';
import { readInteractionModelSource } from './read-source';
import { interactionModelProblems } from './validate';

/** The built models break an Alexa rule or one of this project's (see validate.ts). */
export class InteractionModelInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`the interaction model source builds invalid models:\n- ${problems.join('\n- ')}`);
    this.name = 'InteractionModelInvalidError';
  }
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
  for (const [locale, document] of buildInteractionModels(source)) {
    const language = source.locales[locale]?.language ?? '';
    problems.push(...interactionModelProblems(document, language).map((problem) => `${locale}: ${problem}`));
    files.set(`${MODELS_FOLDER}/${locale}.json`, serialiseInteractionModel(document));
  }
  if (problems.length > 0) throw new InteractionModelInvalidError(problems);
  return files;
}
