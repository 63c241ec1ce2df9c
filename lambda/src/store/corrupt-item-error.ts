import { z } from 'zod';
import type { ItemKey } from './table-layout';

/**
 * A stored item does not have the shape this code expects (hand edit, older or newer code).
 * Carries the key so the item can be found and fixed; `cause` holds the schema's findings.
 */
export class CorruptItemError extends Error {
  constructor(
    readonly key: ItemKey,
    details: string,
    options?: { cause?: unknown },
  ) {
    super(`Stored item pk=${key.pk} sk=${key.sk} is malformed: ${details}`, options);
    this.name = 'CorruptItemError';
  }
}

/** Parses an item read from the table, or throws `CorruptItemError` naming its key. */
export function parseStoredItem<Schema extends z.ZodType>(
  schema: Schema,
  item: unknown,
  key: ItemKey,
): z.infer<Schema> {
  const parsed = schema.safeParse(item);
  if (!parsed.success) {
    throw new CorruptItemError(key, z.prettifyError(parsed.error).replaceAll('\n', ' '), {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
