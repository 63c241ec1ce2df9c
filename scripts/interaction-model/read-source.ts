import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  type FeatureSource,
  featureSchema,
  type LocalesSource,
  localesSchema,
  type PhrasesSource,
  phrasesSchema,
} from './source-schema';

/** A source file that is missing, is not JSON, or does not follow the documented format. */
export class InteractionModelSourceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InteractionModelSourceError';
  }
}

export interface FeatureFolder {
  /** Folder name under interaction-models/, e.g. `match`. */
  name: string;
  schema: FeatureSource;
  /** Phrases per language code (`fr`, `en`). */
  phrases: Record<string, PhrasesSource>;
}

export interface InteractionModelSource {
  locales: LocalesSource;
  features: FeatureFolder[];
}

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new InteractionModelSourceError(`cannot read ${path}`, { cause });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    throw new InteractionModelSourceError(`${path} does not follow the format: ${result.error.message}`, {
      cause: result.error,
    });
  }
  return result.data;
}

/**
 * Reads interaction-models/: locales.json and every feature folder that holds a schema.json,
 * in folder-name order so the build output does not depend on the file system.
 */
export function readInteractionModelSource(root: string): InteractionModelSource {
  const locales = readJson(join(root, 'locales.json'), localesSchema);
  const languages = [...new Set(Object.values(locales).map((locale) => locale.language))];
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'schema.json')))
    .map((entry) => entry.name)
    .sort();
  const features = folders.map((folder): FeatureFolder => {
    const phrases: Record<string, PhrasesSource> = {};
    for (const language of languages) {
      const path = join(root, folder, `phrases.${language}.json`);
      phrases[language] = existsSync(path) ? readJson(path, phrasesSchema) : {};
    }
    return { name: folder, schema: readJson(join(root, folder, 'schema.json'), featureSchema), phrases };
  });
  return { locales, features };
}
