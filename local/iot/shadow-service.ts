import type { JsonObject } from './json-value';
import { deleteShadow, getShadow, type ShadowOutcome, updateShadow } from './shadow-engine';
import type { ShadowStore } from './shadow-store';

export type ShadowOperation = 'update' | 'get' | 'delete';
/** How the request came: MQTT requests get their answer on `…/accepted|rejected` topics. */
export type ShadowChannel = 'mqtt' | 'http';

/** The answer to one request: HTTP status and document. */
export interface ShadowReply {
  status: number;
  body: JsonObject;
}

/** AWS IoT thing names. */
export const THING_NAME_PATTERN = /^[a-zA-Z0-9:_-]{1,128}$/;

/** The classic Device Shadow service: one store, reached over MQTT and HTTP alike. */
export interface ShadowService {
  handle(
    operation: ShadowOperation,
    thingName: string,
    payload: Uint8Array,
    channel: ShadowChannel,
  ): Promise<ShadowReply>;
}

export interface ShadowServiceOptions {
  store: ShadowStore;
  /** Publishes a document on a topic of the broker. */
  publish: (topic: string, document: JsonObject) => Promise<void>;
  /** Epoch seconds. */
  now?: () => number;
}

type Accepted = { accepted: JsonObject; delta?: JsonObject; documents?: JsonObject };

function run(
  operation: ShadowOperation,
  thingName: string,
  payload: Uint8Array,
  store: ShadowStore,
  now: number,
): ShadowOutcome<Accepted> {
  const current = store.read(thingName);
  if (operation === 'get') return getShadow(thingName, current, payload, now);
  const outcome =
    operation === 'update'
      ? updateShadow(current, payload, now)
      : deleteShadow(thingName, current, payload, now);
  if (outcome.ok) store.write(thingName, outcome.shadow);
  return outcome;
}

/**
 * Builds the shadow service. An accepted update publishes `/update/accepted`, `/update/delta`
 * (when desired and reported differ) and `/update/documents`, whichever channel it came by, so
 * an UpdateThingShadow call reaches the table as a delta; a delete publishes `/delete/accepted`.
 * `/get/accepted` and every `…/rejected` answer MQTT requests only, as on AWS.
 */
export function createShadowService(options: ShadowServiceOptions): ShadowService {
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  return {
    async handle(operation, thingName, payload, channel) {
      const topic = `$aws/things/${thingName}/shadow/${operation}`;
      const outcome = run(operation, thingName, payload, options.store, now());
      if (!outcome.ok) {
        if (channel === 'mqtt') await options.publish(`${topic}/rejected`, { ...outcome.rejection });
        return { status: outcome.rejection.code, body: { ...outcome.rejection } };
      }
      if (operation !== 'get' || channel === 'mqtt')
        await options.publish(`${topic}/accepted`, outcome.accepted);
      if (outcome.delta) await options.publish(`${topic}/delta`, outcome.delta);
      if (outcome.documents) await options.publish(`${topic}/documents`, outcome.documents);
      return { status: 200, body: outcome.accepted };
    },
  };
}
