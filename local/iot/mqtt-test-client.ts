import { connectAsync, type IClientOptions, type MqttClient } from 'mqtt';
import { type JsonObject, jsonObjectSchema } from './json-value';

/** Connects an MQTT 3.1.1 client to the local broker, for tests. */
export function connectTestClient(url: string, options: IClientOptions = {}): Promise<MqttClient> {
  return connectAsync(url, { protocolVersion: 4, reconnectPeriod: 0, connectTimeout: 5_000, ...options });
}

/** Collects every JSON message on the topics it subscribed to, and lets a test wait for the next ones. */
export class TopicRecorder {
  readonly #messages: Array<{ topic: string; document: JsonObject }> = [];
  readonly #waiters = new Set<() => void>();

  constructor(readonly client: MqttClient) {
    client.on('message', (topic, payload) => {
      const document = jsonObjectSchema.parse(JSON.parse(payload.toString('utf8')));
      this.#messages.push({ topic, document });
      for (const wake of this.#waiters) wake();
    });
  }

  /** Subscribes (QoS 1) and resolves once the broker granted the subscription. */
  async subscribe(...topics: string[]): Promise<this> {
    await this.client.subscribeAsync(topics, { qos: 1 });
    return this;
  }

  /** Documents received on `topic` so far, oldest first. */
  documents(topic: string): JsonObject[] {
    return this.#messages.filter((message) => message.topic === topic).map((message) => message.document);
  }

  /** Resolves with the `count`-th document received on `topic` (1: the first). */
  async nth(topic: string, count = 1): Promise<JsonObject> {
    for (;;) {
      const found = this.documents(topic)[count - 1];
      if (found) return found;
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.#waiters.delete(wake);
          resolve();
        };
        this.#waiters.add(wake);
      });
    }
  }
}
