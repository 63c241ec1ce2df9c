import { createServer, type Server, Socket } from 'node:net';
import { Aedes } from 'aedes';

/**
 * An aedes broker on a free port, reached by the bridge through a proxy that a test can cut
 * (an outage) and restore, and able to withhold PUBACKs of goal events (a broker that got
 * the goal but never answered). The cloud side of a test connects to `directUrl`.
 */
export interface TestBroker {
  /** What the bridge connects to: through the proxy. */
  url: string;
  /** What the test's cloud client connects to: the broker itself. */
  directUrl: string;
  /** While true, goal events reach the broker but are never acknowledged nor delivered. */
  holdGoals: boolean;
  outage(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTestBroker(): Promise<TestBroker> {
  const broker = await Aedes.createBroker();
  const state = { holdGoals: false, down: false };
  broker.authorizePublish = (_client, packet, callback) => {
    if (state.holdGoals && packet.topic.endsWith('/events/goal')) return;
    callback(null);
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
