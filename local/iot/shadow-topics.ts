import type { Aedes } from 'aedes';
import type { CallCounter } from './call-counter';
import { listenInBroker } from './mqtt-broker';
import { type ShadowOperation, type ShadowService, THING_NAME_PATTERN } from './shadow-service';

const OPERATIONS: readonly ShadowOperation[] = ['update', 'get', 'delete'];

/**
 * Answers the classic shadow's reserved request topics (`$aws/things/{thing}/shadow/update|get|delete`)
 * on the broker. Resolves to a function that stops answering.
 */
export async function serveShadowTopics(
  aedes: Aedes,
  shadows: ShadowService,
  counter: CallCounter,
  log: (line: string) => void,
): Promise<() => Promise<void>> {
  const stops = await Promise.all(
    OPERATIONS.map((operation) =>
      listenInBroker(aedes, `$aws/things/+/shadow/${operation}`, (packet) => {
        const thingName = packet.topic.split('/')[2] ?? '';
        if (!THING_NAME_PATTERN.test(thingName)) {
          log(`iot shadow: ignored ${packet.topic}: invalid thing name`);
          return;
        }
        counter.count(`mqtt.shadow.${operation}`);
        const payload = typeof packet.payload === 'string' ? Buffer.from(packet.payload) : packet.payload;
        shadows
          .handle(operation, thingName, payload, 'mqtt')
          .catch((error: unknown) => log(`iot shadow: ${packet.topic} failed: ${String(error)}`));
      }),
    ),
  );
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
