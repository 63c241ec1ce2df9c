/** A JSON object as found in a shadow's `state.desired` or `state.reported`. */
export type ShadowState = { [key: string]: unknown };

export function isShadowState(value: unknown): value is ShadowState {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Applies a shadow update or delta to the last full state known, as IoT Core does: objects
 * merge key by key, anything else (arrays included) replaces, and `null` deletes the key.
 */
export function mergeShadowState(base: ShadowState, patch: ShadowState): ShadowState {
  const merged: ShadowState = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else {
      const current = merged[key];
      merged[key] = isShadowState(value) && isShadowState(current) ? mergeShadowState(current, value) : value;
    }
  }
  return merged;
}

/**
 * The update that turns `previous` into `next` when merged by the shadow: `next` itself,
 * plus a `null` for every key that `previous` has and `next` no longer has.
 */
export function replacingUpdate(previous: ShadowState, next: ShadowState): ShadowState {
  const update: ShadowState = { ...next };
  for (const [key, old] of Object.entries(previous)) {
    const now = next[key];
    if (now === undefined) update[key] = null;
    else if (isShadowState(old) && isShadowState(now)) update[key] = replacingUpdate(old, now);
  }
  return update;
}

/** Only the deletions of an update: the keys it sets to `null`, at any depth (undefined when none). */
export function deletionsOf(update: ShadowState): ShadowState | undefined {
  let deletions: ShadowState | undefined;
  for (const [key, value] of Object.entries(update)) {
    const deleted = value === null ? null : isShadowState(value) ? deletionsOf(value) : undefined;
    if (deleted === undefined) continue;
    deletions ??= {};
    deletions[key] = deleted;
  }
  return deletions;
}
