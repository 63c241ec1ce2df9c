import { isJsonObject, type JsonObject, type JsonValue, jsonEqual } from './json-value';

/** One section (`desired` or `reported`) with its metadata, kept side by side. */
export interface ShadowSection {
  state: JsonObject;
  metadata: JsonObject;
}

/**
 * The metadata of a value: every leaf becomes `{ "timestamp": now }`, objects keep their shape
 * and arrays get one entry per element.
 */
export function metadataFor(value: JsonValue, now: number): JsonValue {
  if (Array.isArray(value)) return value.map((item) => metadataFor(item, now));
  if (isJsonObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, metadataFor(child, now)]));
  }
  return { timestamp: now };
}

/** Nulls inside a newly set object mean "absent": they are dropped, not stored. */
function withoutNulls(value: JsonValue): JsonValue {
  if (!isJsonObject(value)) return value;
  const kept: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (child !== null) kept[key] = withoutNulls(child);
  }
  return kept;
}

/**
 * Applies an update patch to a section: keys merge recursively into existing objects, a `null`
 * deletes the key, any other value (arrays included) replaces what was there. The metadata of
 * every touched leaf gets `now`.
 */
export function mergeSection(current: ShadowSection, patch: JsonObject, now: number): ShadowSection {
  const state: JsonObject = { ...current.state };
  const metadata: JsonObject = { ...current.metadata };
  for (const [key, value] of Object.entries(patch)) {
    const existing = state[key];
    if (value === null) {
      delete state[key];
      delete metadata[key];
    } else if (isJsonObject(value) && isJsonObject(existing)) {
      const existingMetadata = metadata[key];
      const nested = { state: existing, metadata: isJsonObject(existingMetadata) ? existingMetadata : {} };
      const merged = mergeSection(nested, value, now);
      state[key] = merged.state;
      metadata[key] = merged.metadata;
    } else {
      const stored = withoutNulls(value);
      state[key] = stored;
      metadata[key] = metadataFor(stored, now);
    }
  }
  return { state, metadata };
}

/**
 * The delta: every leaf of `desired` whose value differs from `reported` (objects compared key
 * by key, arrays and scalars as whole values), with the desired metadata of those leaves.
 * Keys only in `reported` never appear.
 */
export function deltaOf(desired: ShadowSection, reported: JsonObject): ShadowSection {
  const delta: ShadowSection = { state: {}, metadata: {} };
  for (const [key, wanted] of Object.entries(desired.state)) {
    const actual = reported[key];
    const wantedMetadata = desired.metadata[key];
    if (isJsonObject(wanted) && isJsonObject(actual)) {
      const nested = deltaOf(
        { state: wanted, metadata: isJsonObject(wantedMetadata) ? wantedMetadata : {} },
        actual,
      );
      if (Object.keys(nested.state).length > 0) {
        delta.state[key] = nested.state;
        delta.metadata[key] = nested.metadata;
      }
    } else if (!jsonEqual(wanted, actual)) {
      delta.state[key] = wanted;
      if (wantedMetadata !== undefined) delta.metadata[key] = wantedMetadata;
    }
  }
  return delta;
}
