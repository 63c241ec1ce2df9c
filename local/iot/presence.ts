import type { Aedes, Client } from 'aedes';
import { z } from 'zod';
import type { CallCounter } from './call-counter';
import type { JsonObject } from './json-value';
import { type BrokerMessage, listenInBroker } from './mqtt-broker';
import { type ShadowService, THING_NAME_PATTERN } from './shadow-service';

/** The presence rules run for the tables only: things named `babyfoot-…` (as `npm run table:add` names them). */
export const TABLE_CLIENT_PREFIX = 'babyfoot-';

/** IoT Core's lifecycle topics: `$aws/events/presence/connected/<clientId>` and `…/disconnected/…`. */
export const PRESENCE_TOPIC_FILTER = '$aws/events/presence/+/+';

/** What IoT Core publishes on a lifecycle topic (the fields Babyfoot reads, and a few more). */
export interface LifecycleEvent {
  clientId: string;
  /** Epoch ms. */
  timestamp: number;
  eventType: 'connected' | 'disconnected';
  sessionIdentifier: string;
  principalIdentifier: string;
  versionNumber: number;
  clientInitiatedDisconnect?: boolean;
  disconnectReason?: string;
}

/** What the presence rules read of a lifecycle event. */
export type PresenceFacts = Pick<LifecycleEvent, 'eventType' | 'timestamp' | 'disconnectReason'>;

/**
 * The shadow update the presence rules of infrastructure/skill-stack.json republish to
 * `$$aws/things/<clientId>/shadow/update`: `reported.connected` with its time. A disconnection
 * caused by the same client id connecting again is left out (the new session is the truth).
 */
export function presenceUpdate(event: PresenceFacts): JsonObject | undefined {
  if (event.eventType === 'connected') {
    return { state: { reported: { connected: true, connectedAt: event.timestamp } } };
  }
  if (event.disconnectReason === 'DUPLICATE_CLIENTID') return undefined;
  return { state: { reported: { connected: false, disconnectedAt: event.timestamp } } };
}

export interface PresenceOptions {
  aedes: Aedes;
  shadows: ShadowService;
  publish: (message: BrokerMessage) => Promise<void>;
  counter: CallCounter;
  log: (line: string) => void;
  now?: () => number;
}

/**
 * Publishes IoT Core's lifecycle events for every MQTT client of the broker, and runs the
 * presence rules on them: the shadow of a table (client id `babyfoot-…`) gets
 * `reported.connected`. Returns a function that stops both.
 */
export async function emulatePresence(options: PresenceOptions): Promise<() => Promise<void>> {
  const { aedes, shadows, counter, log } = options;
  const now = options.now ?? Date.now;
  const versions = new Map<string, number>();
  const sessions = new Map<Client, string>();

  const lifecycle = (client: Client, eventType: LifecycleEvent['eventType']) => {
    if (!client.id) return;
    const version = (versions.get(client.id) ?? 0) + (eventType === 'connected' ? 1 : 0);
    versions.set(client.id, version);
    if (eventType === 'connected') sessions.set(client, `${client.id}-${version}`);
    const clean = '_disconnected' in client && client._disconnected === true;
    const event: LifecycleEvent = {
      clientId: client.id,
      timestamp: now(),
      eventType,
      sessionIdentifier: sessions.get(client) ?? `${client.id}-${version}`,
      principalIdentifier: 'local',
      versionNumber: version,
      ...(eventType === 'disconnected'
        ? {
            clientInitiatedDisconnect: clean,
            disconnectReason: clean ? 'CLIENT_INITIATED_DISCONNECT' : 'CONNECTION_LOST',
          }
        : {}),
    };
    if (eventType === 'disconnected') sessions.delete(client);
    counter.count(`presence.${eventType}`);
    options
      .publish({
        topic: `$aws/events/presence/${eventType}/${client.id}`,
        payload: Buffer.from(JSON.stringify(event)),
        qos: 1,
        retain: false,
      })
      .catch((error: unknown) => log(`presence event for ${client.id} not published: ${String(error)}`));
  };
  const connected = (client: Client) => lifecycle(client, 'connected');
  const disconnected = (client: Client) => lifecycle(client, 'disconnected');
  aedes.on('client', connected);
  aedes.on('clientDisconnect', disconnected);

  const stopListening = await listenInBroker(aedes, PRESENCE_TOPIC_FILTER, (packet) => {
    const clientId = packet.topic.split('/')[4] ?? '';
    // The rules' WHERE startswith(clientId, 'babyfoot-'): other clients (tests, tools) get no shadow.
    if (!THING_NAME_PATTERN.test(clientId) || !clientId.startsWith(TABLE_CLIENT_PREFIX)) return;
    const update = parseLifecycleEvent(packet.payload);
    const body = update && presenceUpdate(update);
    if (!body) return;
    counter.count('rule.presence');
    shadows
      .handle('update', clientId, Buffer.from(JSON.stringify(body)), 'mqtt')
      .catch((error: unknown) => log(`presence rule: shadow of ${clientId} not updated: ${String(error)}`));
  });

  return async () => {
    aedes.off('client', connected);
    aedes.off('clientDisconnect', disconnected);
    await stopListening();
  };
}

const lifecycleEventSchema = z.object({
  clientId: z.string(),
  timestamp: z.number(),
  eventType: z.enum(['connected', 'disconnected']),
  disconnectReason: z.string().optional(),
});

function parseLifecycleEvent(payload: Buffer | string): PresenceFacts | undefined {
  try {
    const parsed = lifecycleEventSchema.safeParse(JSON.parse(payload.toString()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
