import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { connect } from 'mqtt';
import { type BoardAddress, parseBoardPath } from '../../lambda/src/scoreboard/board-address';
import type { ScoreboardApp } from '../../lambda/src/scoreboard/scoreboard-app';

export interface ScoreboardServerOptions {
  app: ScoreboardApp;
  /** The local broker: every shadow change of every table is published there. */
  mqttUrl: string;
  /** 0 or left out: any free port. */
  port?: number;
  /**
   * Where it listens: 127.0.0.1 when left out (this computer only); `0.0.0.0` also on the
   * local network, so that a phone scanning the console's QR code can open the board.
   */
  host?: string;
  /** Errors of the server (a failed read, the broker gone). */
  log?: (line: string) => void;
  /** How often open pages are refreshed with no shadow change (revoked links, clock); default 10 s. */
  refreshMs?: number;
}

export interface ScoreboardServer {
  /** e.g. `http://127.0.0.1:8080` */
  url: string;
  stop(): Promise<void>;
}

/** An open event stream: one browser tab showing one board. */
interface Watcher {
  address: BoardAddress;
  response: ServerResponse;
}

/** Every accepted shadow update of every table, with the full document (AWS's `/update/documents`). */
const SHADOW_DOCUMENTS = '$aws/things/+/shadow/update/documents';
const HEARTBEAT_MS = 15_000;

/**
 * The web scoreboard on the local stack: the same app as the Lambda entry, on node:http, plus
 * server-sent events at `<board>/events`. It listens to the broker's shadow documents: the
 * backend writes a table's shadow after every change of its match (a goal from the table, a
 * voice command), and the table reports its sensors there, so one message means "read again".
 */
export async function startScoreboardServer(options: ScoreboardServerOptions): Promise<ScoreboardServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const watchers = new Set<Watcher>();
  const refresher = coalesced(() => pushSnapshots(options.app, watchers, log));

  const server = createServer((request, response) => {
    serve(options.app, watchers, request, response).catch((error: unknown) => {
      log(`scoreboard: ${request.url} failed: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500).end();
      else response.end();
    });
  });
  const url = await listen(server, options.port ?? 0, options.host);

  const broker = connect(options.mqttUrl, {
    clientId: `scoreboard-web-${randomUUID()}`,
    clean: true,
    reconnectPeriod: 1000,
  });
  broker.on('connect', () => broker.subscribe(SHADOW_DOCUMENTS, { qos: 0 }));
  broker.on('message', () => refresher());
  broker.on('error', (error) => log(`scoreboard: broker: ${error.message}`));

  const timers = [
    setInterval(refresher, options.refreshMs ?? 10_000),
    setInterval(() => {
      for (const watcher of watchers) watcher.response.write(': still here\n\n');
    }, HEARTBEAT_MS),
  ];

  return {
    url,
    async stop() {
      for (const timer of timers) clearInterval(timer);
      for (const watcher of watchers) watcher.response.end();
      watchers.clear();
      await broker.endAsync(true);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function serve(
  app: ScoreboardApp,
  watchers: Set<Watcher>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = request.url ?? '/';
  const address = parseBoardPath(path);
  if (request.method === 'GET' && address?.view === 'events')
    return openStream(app, watchers, address, response);
  const acceptLanguage = request.headers['accept-language'];
  const answer = await app.handle({
    method: request.method ?? 'GET',
    path,
    ...(acceptLanguage === undefined ? {} : { acceptLanguage }),
  });
  response.writeHead(answer.status, answer.headers).end(answer.body);
}

async function openStream(
  app: ScoreboardApp,
  watchers: Set<Watcher>,
  address: BoardAddress,
  response: ServerResponse,
): Promise<void> {
  const accountId = await app.accountAt(address);
  if (accountId === undefined) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const snapshot = await app.read(accountId);
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  response.write(`retry: 1000\nevent: snapshot\ndata: ${JSON.stringify(snapshot)}\n\n`);
  const watcher = { address, response };
  watchers.add(watcher);
  response.on('close', () => watchers.delete(watcher));
}

/** Sends each open page its board, read once per account; a revoked link is told and closed. */
async function pushSnapshots(
  app: ScoreboardApp,
  watchers: Set<Watcher>,
  log: (line: string) => void,
): Promise<void> {
  const reads = new Map<string, Promise<string>>();
  await Promise.all(
    [...watchers].map(async (watcher) => {
      try {
        const accountId = await app.accountAt(watcher.address);
        if (accountId === undefined) {
          watcher.response.end('event: revoked\ndata: {}\n\n');
          watchers.delete(watcher);
          return;
        }
        let json = reads.get(accountId);
        if (json === undefined) {
          json = app.read(accountId).then((snapshot) => JSON.stringify(snapshot));
          reads.set(accountId, json);
        }
        watcher.response.write(`event: snapshot\ndata: ${await json}\n\n`);
      } catch (error) {
        log(`scoreboard: refresh failed: ${String(error)}`);
      }
    }),
  );
}

/**
 * Runs `work` now, or right after the run in progress: a burst of shadow messages (the desired
 * write, then the table's report) costs at most two reads, and the last change is never missed.
 */
function coalesced(work: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void work().finally(() => {
      running = false;
      if (again) {
        again = false;
        run();
      }
    });
  };
  return run;
}

/** The address a phone on the same network reaches this computer at (its first IPv4 one). */
function networkAddress(): string {
  const found = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry?.family === 'IPv4' && !entry.internal);
  return found?.address ?? '127.0.0.1';
}

function listen(server: ReturnType<typeof createServer>, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : port;
      resolve(`http://${host === '0.0.0.0' ? networkAddress() : host}:${bound}`);
    });
  });
}
