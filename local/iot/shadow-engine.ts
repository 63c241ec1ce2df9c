import { type JsonObject, jsonByteLength } from './json-value';
import { deltaOf, mergeSection, metadataFor, type ShadowSection } from './shadow-document';
import {
  parseTokenOnlyRequest,
  parseUpdateRequest,
  SHADOW_LIMITS,
  type ShadowRejection,
  type ShadowUpdateRequest,
  shadowRejection,
} from './shadow-request';

/** A thing's classic shadow as the emulator keeps it. */
export interface StoredShadow {
  desired?: ShadowSection;
  reported?: ShadowSection;
  version: number;
  /** A deleted shadow keeps its version: AWS continues the numbering when it is created again. */
  deleted: boolean;
}

export type ShadowOutcome<T> = ({ ok: true } & T) | { ok: false; rejection: ShadowRejection };

/** Everything an accepted update produces, one field per reserved topic. */
export interface ShadowUpdated {
  shadow: StoredShadow;
  /** `/update/accepted`, and the body of UpdateThingShadow. */
  accepted: JsonObject;
  /** `/update/delta`: only when desired and reported still differ. */
  delta?: JsonObject;
  /** `/update/documents`. */
  documents: JsonObject;
}

function withToken(document: JsonObject, clientToken: string | undefined): JsonObject {
  return clientToken === undefined ? document : { ...document, clientToken };
}

function exists(shadow: StoredShadow | undefined): shadow is StoredShadow {
  return shadow !== undefined && !shadow.deleted;
}

function sections(shadow: StoredShadow, pick: (section: ShadowSection) => JsonObject): JsonObject {
  const picked: JsonObject = {};
  if (shadow.desired) picked.desired = pick(shadow.desired);
  if (shadow.reported) picked.reported = pick(shadow.reported);
  return picked;
}

function deltaSection(shadow: StoredShadow): ShadowSection | undefined {
  if (!shadow.desired) return undefined;
  const delta = deltaOf(shadow.desired, shadow.reported?.state ?? {});
  return Object.keys(delta.state).length > 0 ? delta : undefined;
}

/** The full document (state and metadata) as `/update/documents` shows it. */
function snapshotOf(shadow: StoredShadow): JsonObject {
  return {
    state: sections(shadow, (section) => section.state),
    metadata: sections(shadow, (section) => section.metadata),
    version: shadow.version,
  };
}

function applySection(current: ShadowSection | undefined, patch: JsonObject | null | undefined, now: number) {
  if (patch === undefined) return current;
  if (patch === null) return undefined;
  const merged = mergeSection(current ?? { state: {}, metadata: {} }, patch, now);
  return Object.keys(merged.state).length > 0 ? merged : undefined;
}

function stateSize(shadow: StoredShadow): number {
  return (
    (shadow.desired ? jsonByteLength(shadow.desired.state) : 0) +
    (shadow.reported ? jsonByteLength(shadow.reported.state) : 0)
  );
}

function acceptedUpdate(request: ShadowUpdateRequest, version: number, now: number): JsonObject {
  const state: JsonObject = {};
  const metadata: JsonObject = {};
  for (const node of ['desired', 'reported'] as const) {
    const section = request[node];
    if (section === undefined) continue;
    state[node] = section;
    metadata[node] = metadataFor(section, now);
  }
  return withToken({ state, metadata, version, timestamp: now }, request.clientToken);
}

/**
 * UpdateThingShadow / `…/shadow/update`: merges the request into the shadow, with AWS's version
 * check (409), size limit (413) and request validation (400, 415). `now` is epoch seconds.
 */
export function updateShadow(
  current: StoredShadow | undefined,
  payload: Uint8Array,
  now: number,
): ShadowOutcome<ShadowUpdated> {
  const parsed = parseUpdateRequest(payload, now);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const currentVersion = current?.version ?? 0;
  if (request.version !== undefined && request.version !== currentVersion) {
    return { ok: false, rejection: shadowRejection(409, 'Version conflict', now, request.clientToken) };
  }
  const base = exists(current) ? current : undefined;
  const shadow: StoredShadow = { version: currentVersion + 1, deleted: false };
  const desired = applySection(base?.desired, request.desired, now);
  const reported = applySection(base?.reported, request.reported, now);
  if (desired) shadow.desired = desired;
  if (reported) shadow.reported = reported;
  if (stateSize(shadow) > SHADOW_LIMITS.maxStateBytes) {
    const message = 'The payload exceeds the maximum size allowed';
    return { ok: false, rejection: shadowRejection(413, message, now, request.clientToken) };
  }

  const documents: JsonObject = base ? { previous: snapshotOf(base) } : {};
  documents.current = snapshotOf(shadow);
  documents.timestamp = now;
  const updated: ShadowUpdated = {
    shadow,
    accepted: acceptedUpdate(request, shadow.version, now),
    documents: withToken(documents, request.clientToken),
  };
  const delta = deltaSection(shadow);
  if (delta) {
    const document = {
      state: delta.state,
      metadata: delta.metadata,
      version: shadow.version,
      timestamp: now,
    };
    updated.delta = withToken(document, request.clientToken);
  }
  return { ok: true, ...updated };
}

function noShadow(thingName: string, now: number, clientToken: string | undefined) {
  const message = `No shadow exists with name: '${thingName}'`;
  return { ok: false as const, rejection: shadowRejection(404, message, now, clientToken) };
}

/** GetThingShadow / `…/shadow/get`: the whole document with its delta, or 404. */
export function getShadow(
  thingName: string,
  current: StoredShadow | undefined,
  payload: Uint8Array,
  now: number,
): ShadowOutcome<{ accepted: JsonObject }> {
  const token = parseTokenOnlyRequest(payload, now);
  if (!token.ok) return token;
  if (!exists(current)) return noShadow(thingName, now, token.value);
  const state = sections(current, (section) => section.state);
  const delta = deltaSection(current);
  if (delta) state.delta = delta.state;
  const document = {
    state,
    metadata: sections(current, (section) => section.metadata),
    version: current.version,
    timestamp: now,
  };
  return { ok: true, accepted: withToken(document, token.value) };
}

/** DeleteThingShadow / `…/shadow/delete`: forgets the state but keeps the version, or 404. */
export function deleteShadow(
  thingName: string,
  current: StoredShadow | undefined,
  payload: Uint8Array,
  now: number,
): ShadowOutcome<{ shadow: StoredShadow; accepted: JsonObject }> {
  const token = parseTokenOnlyRequest(payload, now);
  if (!token.ok) return token;
  if (!exists(current)) return noShadow(thingName, now, token.value);
  return {
    ok: true,
    shadow: { version: current.version, deleted: true },
    accepted: withToken({ version: current.version, timestamp: now }, token.value),
  };
}
