import { z } from 'zod';

/** Any value JSON can carry. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
/** A JSON object (never an array, never null). */
export type JsonObject = { [key: string]: JsonValue };

/** Parses any JSON value; used wherever JSON crosses into the emulator. */
export const jsonValueSchema: z.ZodType<JsonValue> = z.json();

/** Parses a JSON object and nothing else. */
export const jsonObjectSchema: z.ZodType<JsonObject> = z.record(z.string(), jsonValueSchema);

/** True for a JSON object: not null, not an array. */
export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of two JSON values (object key order does not matter). */
export function jsonEqual(left: JsonValue | undefined, right: JsonValue | undefined): boolean {
  if (left === right) return true;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => jsonEqual(item, right[index]));
  }
  if (!isJsonObject(left) || !isJsonObject(right)) return false;
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every((key) => key in right && jsonEqual(left[key], right[key]));
}

/**
 * Levels of nesting of a value: a scalar is 0, `{ "a": 1 }` is 1, `{ "a": { "b": 1 } }` is 2.
 * Arrays count as a level, as they do in any JSON parser's depth limit.
 */
export function jsonDepth(value: JsonValue): number {
  const children = Array.isArray(value) ? value : isJsonObject(value) ? Object.values(value) : undefined;
  if (children === undefined) return 0;
  return 1 + children.reduce<number>((deepest, child) => Math.max(deepest, jsonDepth(child)), 0);
}

const utf8 = new TextEncoder();

/** Byte length of a value serialised without whitespace, as a shadow's size is measured. */
export function jsonByteLength(value: JsonValue): number {
  return utf8.encode(JSON.stringify(value)).length;
}
