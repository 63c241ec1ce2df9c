import { createServer, type Server, Socket } from 'node:net';
import { Aedes, type Client } from 'aedes';

/** A goal PUBLISH as the broker received it. */
export interface GoalPublish {
  json: unknown;
  /** How many goal PUBLISHes, this one included, the broker held unacknowledged as it arrived. */
  awaitingAck: number;
}

/**
 * An aedes broker on a free port, reached by the bridge through a proxy that a test can cut
 * (an outage) and restore, and able to withhold or delay PUBACKs of goal events (a broker
 * that got the goal but never answered, or a slow one). It records every goal PUBLISH it
 * receives, retries included. The cloud side of a test connects to `directUrl`.
 */
export interface TestBroker {
  /** What the bridge connects to: through the proxy. */
  url: string;
  /** What the test's cloud client connects to: the broker itself. */
  directUrl: string;
  /** While true, goal events reach the broker but are never acknowledged nor delivered. */
  holdGoals: boolean;
  /** The broker acknowledges (and delivers) each goal event this long after receiving it. */
  goalAckDelayMs: number;
  /** Goal PUBLISHes received, in arrival order. */
  readonly goalPublishes: GoalPublish[];
  outage(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTestBroker(): Promise<TestBroker> {
  const broker = await Aedes.createBroker();
  const state = { holdGoals: false, down: false, goalAckDelayMs: 0 };
  const goalPublishes: GoalPublish[] = [];
  // Per connection: a PUBLISH left unacknowledged on a closed one is gone for the broker.
  const awaiting = new Map<Client, number>();
  const awaitingNow = () => [...awaiting.values()].reduce((sum, count) => sum + count, 0);
  const acknowledge = (client: Client, callback: (error: null) => void) => {
    const count = awaiting.get(client);
    if (count !== undefined) awaiting.set(client, count - 1);
    // aedes writes the PUBACK of a QoS 1 PUBLISH as soon as it is authorized.
    callback(null);
  };
  broker.on('clientDisconnect', (client) => awaiting.delete(client));
  broker.authorizePublish = (client, packet, callback) => {
    if (!client || !packet.topic.endsWith('/events/goal')) {
      callback(null);
      return;
    }
    awaiting.set(client, (awaiting.get(client) ?? 0) + 1);
    goalPublishes.push({ json: JSON.parse(packet.payload.toString()), awaitingAck: awaitingNow() });
    if (state.holdGoals) return;
    if (state.goalAckDelayMs === 0) acknowledge(client, callback);
    else setTimeout(() => acknowledge(client, callback), state.goalAckDelayMs);
  };
  const server = createServer(broker.handle);
  const brokerPort = await listen(server);

  const proxied = new Set<Socket>();
  const proxy = createServer((downstream) => {
    if (state.down) {
      downstream.destroy();
      return;
    }
    const upstream = new Socket();
    upstream.connect(brokerPort, '127.0.0.1');
    for (const socket of [downstream, upstream]) {
      proxied.add(socket);
      socket.on('close', () => proxied.delete(socket));
      socket.on('error', () => {});
    }
    downstream.pipe(upstream).pipe(downstream);
    downstream.on('close', () => upstream.destroy());
    upstream.on('close', () => downstream.destroy());
  });
  const proxyPort = await listen(proxy);

  return {
    url: `mqtt://127.0.0.1:${proxyPort}`,
    directUrl: `mqtt://127.0.0.1:${brokerPort}`,
    get holdGoals() {
      return state.holdGoals;
    },
    set holdGoals(hold: boolean) {
      state.holdGoals = hold;
    },
    get goalAckDelayMs() {
      return state.goalAckDelayMs;
    },
    set goalAckDelayMs(delay: number) {
      state.goalAckDelayMs = delay;
    },
    goalPublishes,
    outage() {
      state.down = true;
      for (const socket of proxied) socket.destroy();
    },
    restore() {
      state.down = false;
    },
    async close() {
      for (const socket of proxied) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('no port'));
    });
  });
}
