import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { jsonObjectSchema } from './json-value';
import type { StoredShadow } from './shadow-engine';

/** Where shadows live: in memory, optionally mirrored to a JSON file so `npm start` keeps them. */
export interface ShadowStore {
  read(thingName: string): StoredShadow | undefined;
  write(thingName: string, shadow: StoredShadow): void;
  /** Resolves once every write so far is on disk (immediately without a file). */
  flush(): Promise<void>;
}

const sectionSchema = z.object({ state: jsonObjectSchema, metadata: jsonObjectSchema });
const storedShadowSchema = z.object({
  desired: sectionSchema.optional(),
  reported: sectionSchema.optional(),
  version: z.number().int().nonnegative(),
  deleted: z.boolean(),
});
const shadowFileSchema = z.record(z.string(), storedShadowSchema);

async function loadShadowFile(file: string): Promise<Map<string, StoredShadow>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return new Map();
    throw error;
  }
  const shadows = shadowFileSchema.parse(JSON.parse(text));
  return new Map(Object.entries(shadows));
}

/**
 * Opens the shadow store. With a file, it loads it (a missing file is an empty store) and
 * rewrites it after each change, one write at a time, through a temporary file and a rename.
 */
export async function openShadowStore(
  file?: string,
  log: (line: string) => void = () => {},
): Promise<ShadowStore> {
  const shadows = file ? await loadShadowFile(file) : new Map<string, StoredShadow>();
  let saving = Promise.resolve();
  let savePending = false;

  const save = async (target: string) => {
    savePending = false;
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(Object.fromEntries(shadows)));
    await rename(temporary, target);
  };

  return {
    read: (thingName) => shadows.get(thingName),
    write(thingName, shadow) {
      shadows.set(thingName, shadow);
      if (!file || savePending) return;
      // Writes coalesce: one save picks up every change made before it starts.
      savePending = true;
      saving = saving
        .then(() => save(file))
        .catch((error: unknown) => log(`iot shadows: could not save ${file}: ${String(error)}`));
    },
    flush: () => saving,
  };
}
