import { createServer, type Server, type Socket } from 'node:net';
import { Aedes, type AedesPublishPacket } from 'aedes';

/** The embedded MQTT 3.1.1 broker, whose TCP listener can go down and come back on the same port. */
export interface MqttBroker {
  readonly aedes: Aedes;
  /** The port it listens on (fixed after the first start, even when asked for port 0). */
  readonly port: number;
  readonly url: string;
  /** Opens the TCP listener again on the same port; no-op when already listening. */
  startListening(): Promise<void>;
  /**
   * Closes the TCP listener and drops every connection, as a network outage would. Sessions,
   * queued QoS 1 messages and retained messages survive, as they do on IoT Core.
   */
  stopListening(): Promise<void>;
  close(): Promise<void>;
}

/** A message to publish from inside the broker (shadow service, HTTP Publish). */
export interface BrokerMessage {
  topic: string;
  payload: Buffer;
  qos: 0 | 1;
  retain: boolean;
}

/** Publishes from inside the broker, to MQTT subscribers and in-process listeners alike. */
export function publishInBroker(aedes: Aedes, message: BrokerMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    aedes.publish({ cmd: 'publish', dup: false, ...message }, (error) => (error ? reject(error) : resolve()));
  });
}

/** Listens in process to a topic filter; the returned function stops listening. */
export function listenInBroker(
  aedes: Aedes,
  topicFilter: string,
  onMessage: (packet: AedesPublishPacket) => void,
): Promise<() => Promise<void>> {
  // The broker waits for this callback before acknowledging to the publisher; nothing here
  // needs it to wait, so it is called at once and the work happens after.
  const deliver = (packet: AedesPublishPacket, done: () => void) => {
    done();
    onMessage(packet);
  };
  return new Promise((resolve) => {
    aedes.subscribe(topicFilter, deliver, () =>
      resolve(() => new Promise((stopped) => aedes.unsubscribe(topicFilter, deliver, () => stopped()))),
    );
  });
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

/** Starts aedes and its TCP listener on 127.0.0.1 (`port` 0: any free port). */
export async function startMqttBroker(port: number): Promise<MqttBroker> {
  const aedes = await Aedes.createBroker();
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let boundPort = port;

  const startListening = async () => {
    if (server) return;
    const next = createServer((socket) => {
      // Small MQTT packets: without this, Nagle's algorithm holds each one back up to ~40 ms.
      socket.setNoDelay(true);
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      aedes.handle(socket);
    });
    boundPort = await listen(next, boundPort);
    server = next;
  };

  const stopListening = async () => {
    const current = server;
    if (!current) return;
    server = undefined;
    const closed = new Promise<void>((resolve) => current.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };

  await startListening().catch((error: unknown) => {
    aedes.close();
    throw error;
  });
  return {
    aedes,
    get port() {
      return boundPort;
    },
    get url() {
      return `mqtt://127.0.0.1:${boundPort}`;
    },
    startListening,
    stopListening,
    async close() {
      await stopListening();
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
    },
  };
}
