import { isJsonObject, type JsonObject, type JsonValue, jsonDepth, jsonValueSchema } from './json-value';

/** Limits of the classic shadow, from AWS IoT's Device Shadow quotas and error list. */
export const SHADOW_LIMITS = {
  /** Bytes of `desired` + `reported` after the merge; metadata does not count. */
  maxStateBytes: 8192,
  /** Levels of nesting inside `desired` or `reported`. */
  maxDepth: 6,
  maxClientTokenBytes: 64,
} as const;

/** Why the Device Shadow service refused a request: the body of `…/rejected` and of HTTP errors. */
export interface ShadowRejection {
  code: 400 | 404 | 409 | 413 | 415;
  message: string;
  timestamp: number;
  clientToken?: string;
}

/** A well-formed update request; each section is a patch, `null` deletes. */
export interface ShadowUpdateRequest {
  desired?: JsonObject | null;
  reported?: JsonObject | null;
  version?: number;
  clientToken?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; rejection: ShadowRejection };

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/** Builds a rejection document; `clientToken` is echoed when the request carried a valid one. */
export function shadowRejection(
  code: ShadowRejection['code'],
  message: string,
  now: number,
  clientToken?: string,
): ShadowRejection {
  const rejection: ShadowRejection = { code, message, timestamp: now };
  if (clientToken !== undefined) rejection.clientToken = clientToken;
  return rejection;
}

function reject(code: ShadowRejection['code'], message: string, now: number, clientToken?: string) {
  return { ok: false as const, rejection: shadowRejection(code, message, now, clientToken) };
}

/** Decodes and parses a request body; an empty body is `undefined` (allowed for get and delete). */
function parseBody(payload: Uint8Array, now: number): Parsed<JsonValue | undefined> {
  let text: string;
  try {
    text = utf8Decoder.decode(payload);
  } catch {
    return reject(415, 'Unsupported documented encoding; supported encoding is UTF-8', now);
  }
  if (text.trim() === '') return { ok: true, value: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return reject(400, 'Invalid JSON', now);
  }
  const parsed = jsonValueSchema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : reject(400, 'Invalid JSON', now);
}

function readClientToken(body: JsonObject, now: number): Parsed<string | undefined> {
  const token = body.clientToken;
  if (token === undefined) return { ok: true, value: undefined };
  if (typeof token !== 'string' || utf8Encoder.encode(token).length > SHADOW_LIMITS.maxClientTokenBytes) {
    return reject(400, 'Invalid clientToken', now);
  }
  return { ok: true, value: token };
}

/** Parses the body of a get or delete request: empty, or `{ "clientToken": … }`. */
export function parseTokenOnlyRequest(payload: Uint8Array, now: number): Parsed<string | undefined> {
  const body = parseBody(payload, now);
  if (!body.ok) return body;
  if (body.value === undefined) return { ok: true, value: undefined };
  if (!isJsonObject(body.value)) return reject(400, 'Invalid JSON', now);
  return readClientToken(body.value, now);
}

/** Parses and checks an update request document, with the Device Shadow service's 4xx messages. */
export function parseUpdateRequest(payload: Uint8Array, now: number): Parsed<ShadowUpdateRequest> {
  const body = parseBody(payload, now);
  if (!body.ok) return body;
  if (!isJsonObject(body.value)) return reject(400, 'Invalid JSON', now);
  const token = readClientToken(body.value, now);
  if (!token.ok) return token;
  const clientToken = token.value;
  const request: ShadowUpdateRequest = clientToken === undefined ? {} : { clientToken };

  const version = body.value.version;
  if (version !== undefined) {
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
      return reject(400, 'Invalid version', now, clientToken);
    }
    request.version = version;
  }

  const state = body.value.state;
  if (state === undefined) return reject(400, 'Missing required node: state', now, clientToken);
  // `"state": null` clears both sections, like nulling `desired` and `reported` together.
  if (state === null) return { ok: true, value: { ...request, desired: null, reported: null } };
  if (!isJsonObject(state)) return reject(400, 'State node must be an object', now, clientToken);

  for (const [node, section] of Object.entries(state)) {
    if (node !== 'desired' && node !== 'reported') {
      return reject(400, `State contains an invalid node: '${node}'`, now, clientToken);
    }
    if (section !== null && !isJsonObject(section)) {
      const label = node === 'desired' ? 'Desired' : 'Reported';
      return reject(400, `${label} node must be an object`, now, clientToken);
    }
    if (section !== null && jsonDepth(section) > SHADOW_LIMITS.maxDepth) {
      const message = `JSON contains too many levels of nesting; maximum is ${SHADOW_LIMITS.maxDepth}`;
      return reject(400, message, now, clientToken);
    }
    request[node] = section;
  }
  return { ok: true, value: request };
}
