import mqtt, { type MqttClient } from 'mqtt';
import { type GoalEvent, goalEventSchema } from '../outbox/goal-event';
import { isShadowState, mergeShadowState, type ShadowState } from '../shadow/shadow-state';

export interface ReceivedMessage {
  topic: string;
  json: unknown;
}

/**
 * The cloud side of a bridge test: an MQTT client that records what the table publishes
 * and plays the classic shadow of one thing the way IoT Core does (get, update, delta).
 */
export class FakeCloud {
  readonly received: ReceivedMessage[] = [];
  desired: ShadowState = {};
  reported: ShadowState = {};
  version = 0;
  /** When false, a get is answered with 404 (no shadow yet). */
  shadowExists = true;
  private readonly waiters: (() => void)[] = [];

  private constructor(
    private readonly client: MqttClient,
    private readonly thing: string,
  ) {}

  static async connect(url: string, thing: string): Promise<FakeCloud> {
    const client = await mqtt.connectAsync(url, {
      clientId: `cloud-${thing}`,
      protocolVersion: 4,
      reconnectPeriod: 100,
    });
    const cloud = new FakeCloud(client, thing);
    client.on('message', (topic, payload) => cloud.receive(topic, payload));
    const shadow = `$aws/things/${thing}/shadow`;
    await client.subscribeAsync([`babyfoot/${thing}/events/#`, `${shadow}/get`, `${shadow}/update`], {
      qos: 1,
    });
    return cloud;
  }

  messagesOn(suffix: string): unknown[] {
    return this.received.filter((message) => message.topic.endsWith(suffix)).map((message) => message.json);
  }

  /** Goal events received, each checked against the contract (no other key allowed). */
  goals(): GoalEvent[] {
    return this.messagesOn('/events/goal').map((json) => goalEventSchema.strict().parse(json));
  }

  /** Resolves once `check` holds (re-checked on every message), or fails after 10 s. */
  async until(check: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** The backend writes `state.desired` (nulls delete): update/accepted, then the delta. */
  async writeDesired(patch: ShadowState, options: { skipVersions?: number } = {}): Promise<void> {
    this.version += 1 + (options.skipVersions ?? 0);
    this.desired = mergeShadowState(this.desired, patch);
    await this.publish('update/accepted', { state: { desired: patch }, version: this.version });
    await this.publish('update/delta', { state: withoutNulls(patch), version: this.version });
  }

  async close(): Promise<void> {
    await this.client.endAsync(true);
  }

  private receive(topic: string, payload: Buffer): void {
    const json: unknown = JSON.parse(payload.toString('utf8'));
    this.received.push({ topic, json });
    if (topic.endsWith('/shadow/get')) void this.answerGet(json);
    if (topic.endsWith('/shadow/update')) void this.acceptUpdate(json);
    for (const wake of this.waiters.splice(0)) wake();
  }

  private async answerGet(request: unknown): Promise<void> {
    const clientToken = tokenOf(request);
    if (!this.shadowExists) {
      await this.publish('get/rejected', {
        code: 404,
        message: `No shadow exists with name: '${this.thing}'`,
        clientToken,
      });
      return;
    }
    await this.publish('get/accepted', {
      state: { desired: this.desired, reported: this.reported },
      version: this.version,
      clientToken,
    });
  }

  private async acceptUpdate(request: unknown): Promise<void> {
    if (typeof request !== 'object' || request === null || !('state' in request)) return;
    const state = request.state;
    if (typeof state !== 'object' || state === null || !('reported' in state)) return;
    const reported = state.reported;
    if (typeof reported !== 'object' || reported === null || Array.isArray(reported)) return;
    this.shadowExists = true;
    this.version += 1;
    this.reported = mergeShadowState(this.reported, { ...reported });
    await this.publish('update/accepted', { state, version: this.version, clientToken: tokenOf(request) });
  }

  private async publish(suffix: string, body: unknown): Promise<void> {
    await this.client.publishAsync(`$aws/things/${this.thing}/shadow/${suffix}`, JSON.stringify(body), {
      qos: 1,
    });
  }
}

function tokenOf(request: unknown): string | undefined {
  if (typeof request !== 'object' || request === null || !('clientToken' in request)) return undefined;
  return typeof request.clientToken === 'string' ? request.clientToken : undefined;
}

function withoutNulls(patch: ShadowState): ShadowState {
  const clean: ShadowState = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) continue;
    clean[key] = isShadowState(value) ? withoutNulls(value) : value;
  }
  return clean;
}
