import { CallCounter } from './call-counter';
import { startDataPlaneServer } from './data-plane-server';
import { type MqttBroker, publishInBroker, startMqttBroker } from './mqtt-broker';
import { emulatePresence } from './presence';
import { createShadowService } from './shadow-service';
import { openShadowStore, type ShadowStore } from './shadow-store';
import { serveShadowTopics } from './shadow-topics';
import { type DeadLetter, runTopicRules, type TopicRule } from './topic-rules';

export type { DeadLetter, RuleEvent, TopicRule } from './topic-rules';

export interface LocalIotOptions {
  /** MQTT port on 127.0.0.1; 0 or absent: any free port. */
  mqttPort?: number;
  /** IoT data-plane HTTP port on 127.0.0.1; 0 or absent: any free port. */
  iotPort?: number;
  /** Topic rules, e.g. `{ topicFilter: 'babyfoot/+/events/goal', handle: goalEventHandler }`. */
  rules?: TopicRule[];
  /** A JSON file that keeps shadows across restarts; absent: shadows live in memory only. */
  shadowFile?: string;
  /** Waits before the two retries of a failed rule action (default 1 s and 2 s). */
  ruleRetryDelaysMs?: readonly number[];
  /** Where rule failures and emulator errors are written (default: stderr). */
  log?: (line: string) => void;
  /**
   * Publishes the lifecycle events (`$aws/events/presence/…`) and runs the presence rules that
   * write `reported.connected` to the shadow of each client whose id is a thing name.
   */
  presence?: boolean;
}

/** The local stand-in for the parts of AWS IoT Core that Babyfoot uses. */
export interface LocalIot {
  /** e.g. `mqtt://127.0.0.1:1883` */
  mqttUrl: string;
  /** e.g. `http://127.0.0.1:8443` */
  iotDataUrl: string;
  /** The SDK variables that point IoTDataPlaneClient here: `AWS_ENDPOINT_URL_IOT_DATA_PLANE`. */
  env: Record<string, string>;
  /** Drops every MQTT connection and refuses new ones (HTTP, shadows and rules keep running). */
  stopBroker(): Promise<void>;
  /** Accepts MQTT connections again, on the same port. */
  startBroker(): Promise<void>;
  /** Calls so far by operation: `UpdateThingShadow`, `Publish`, `mqtt.shadow.update`, `rule.invoke`… */
  stats(): Record<string, number>;
  /** Rule events whose action failed on every attempt. */
  deadLetters(): readonly DeadLetter[];
  /** Resolves when no rule action is running or waiting for a retry. */
  rulesIdle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the MQTT broker, the classic shadow service (reserved topics and HTTP data plane, one
 * store) and the topic rules, all on 127.0.0.1.
 */
export async function startLocalIot(options: LocalIotOptions = {}): Promise<LocalIot> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const counter = new CallCounter();
  const store = await openShadowStore(options.shadowFile, log);
  const broker = await startMqttBroker(options.mqttPort ?? 0);
  try {
    return await serveOnBroker(broker, store, counter, log, options);
  } catch (error) {
    await broker.close();
    throw error;
  }
}

async function serveOnBroker(
  broker: MqttBroker,
  store: ShadowStore,
  counter: CallCounter,
  log: (line: string) => void,
  options: LocalIotOptions,
): Promise<LocalIot> {
  const publish = (topic: string, document: object) =>
    publishInBroker(broker.aedes, {
      topic,
      payload: Buffer.from(JSON.stringify(document)),
      qos: 1,
      retain: false,
    });
  const shadows = createShadowService({ store, publish });
  const stopShadowTopics = await serveShadowTopics(broker.aedes, shadows, counter, log);
  const rules = await runTopicRules(broker.aedes, options.rules ?? [], {
    counter,
    log,
    ...(options.ruleRetryDelaysMs ? { retryDelaysMs: options.ruleRetryDelaysMs } : {}),
  });
  const stopPresence = options.presence
    ? await emulatePresence({
        aedes: broker.aedes,
        shadows,
        publish: (message) => publishInBroker(broker.aedes, message),
        counter,
        log,
      })
    : async () => {};
  broker.aedes.on('publish', (_packet, client) => {
    if (client) counter.count('mqtt.publish');
  });
  const dataPlane = await startDataPlaneServer({
    port: options.iotPort ?? 0,
    shadows,
    publish: (message) => publishInBroker(broker.aedes, message),
    counter,
    log,
  }).catch(async (error: unknown) => {
    await rules.stop();
    await stopPresence();
    throw error;
  });

  return {
    mqttUrl: broker.url,
    iotDataUrl: dataPlane.url,
    env: { AWS_ENDPOINT_URL_IOT_DATA_PLANE: dataPlane.url },
    stopBroker: () => broker.stopListening(),
    startBroker: () => broker.startListening(),
    stats: () => counter.snapshot(),
    deadLetters: () => rules.deadLetters(),
    rulesIdle: () => rules.idle(),
    async stop() {
      // Rules first: a running action may still call the data plane or publish.
      await rules.stop();
      await stopPresence();
      await dataPlane.close();
      await stopShadowTopics();
      await broker.close();
      await store.flush();
    },
  };
}
