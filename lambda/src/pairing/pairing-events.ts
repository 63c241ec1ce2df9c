import { z } from 'zod';
import { deviceEventFields, parseDeviceEvent } from '../device-event';
import type { Logger } from '../logger';
import type { ShadowPublisher } from '../shadow/shadow-publisher';
import type { PairingStore } from './pairing-store';
import { showNewCode } from './show-new-code';

/** What the topic rule hands over: the table's request plus `topic(2) AS thingName`. */
const pairingEventSchema = z.object(deviceEventFields);

export interface PairingEventOutcome {
  status: 'issued' | 'ignored';
  /** When the code stops working, epoch ms. */
  expiresAt?: number;
  reason?: string;
}

/** The pairing Lambda entry: one request for a code from a table. */
export type PairingEventHandler = (event: unknown) => Promise<PairingEventOutcome>;

export interface PairingEventDeps {
  pairings: PairingStore;
  shadows?: ShadowPublisher;
  log: Logger;
  now: () => number;
}

/**
 * Builds the handler the IoT rule invokes for `babyfoot/{thing}/events/pairing`: draws a code,
 * stores it with its expiry, and shows it on the table (`desired.pairing`). A malformed event
 * is logged and dropped; a store or shadow failure rejects, so Lambda retries the event, and
 * the retry shows the same code.
 */
export function createPairingEventHandler(deps: PairingEventDeps): PairingEventHandler {
  return async (event) => {
    const problem = 'malformed pairing event';
    const request = parseDeviceEvent(pairingEventSchema, event, problem, deps.log);
    if (!request) return { status: 'ignored', reason: problem };
    const { thingName, eventId } = request;
    const issued = await showNewCode(deps, { thingName, eventId, now: deps.now() });
    return { status: 'issued', expiresAt: issued.expiresAt };
  };
}
