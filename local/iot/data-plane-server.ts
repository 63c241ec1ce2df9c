import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { CallCounter } from './call-counter';
import type { BrokerMessage } from './mqtt-broker';
import { type ShadowOperation, type ShadowService, THING_NAME_PATTERN } from './shadow-service';

/** The HTTP endpoint that `@aws-sdk/client-iot-data-plane` talks to. */
export interface DataPlaneServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface DataPlaneOptions {
  /** 0: any free port. */
  port: number;
  shadows: ShadowService;
  publish: (message: BrokerMessage) => Promise<void>;
  counter: CallCounter;
  log: (line: string) => void;
}

/** IoT Core's limit on one message; larger bodies are refused. */
const MAX_BODY_BYTES = 128 * 1024;

/** The exception names the SDK maps to its classes, by HTTP status. */
const EXCEPTION_BY_STATUS: Record<number, string> = {
  400: 'InvalidRequestException',
  404: 'ResourceNotFoundException',
  405: 'MethodNotAllowedException',
  409: 'ConflictException',
  413: 'RequestEntityTooLargeException',
  415: 'UnsupportedDocumentEncodingException',
  500: 'InternalFailureException',
};

const SHADOW_OPERATIONS: Record<string, { operation: ShadowOperation; name: string }> = {
  POST: { operation: 'update', name: 'UpdateThingShadow' },
  GET: { operation: 'get', name: 'GetThingShadow' },
  DELETE: { operation: 'delete', name: 'DeleteThingShadow' },
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

function send(response: ServerResponse, status: number, body: unknown) {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
    ...(status >= 400
      ? { 'x-amzn-ErrorType': EXCEPTION_BY_STATUS[status] ?? 'InternalFailureException' }
      : {}),
  });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The payload exceeds the maximum size allowed');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function decodeLabel(label: string): string {
  try {
    return decodeURIComponent(label);
  } catch {
    throw new HttpError(400, `Malformed path label: ${label}`);
  }
}

async function publishRoute(url: URL, body: Buffer, options: DataPlaneOptions) {
  const topic = decodeLabel(url.pathname.slice('/topics/'.length));
  const qos = Number(url.searchParams.get('qos') ?? '0');
  if (topic === '' || topic.includes('+') || topic.includes('#'))
    throw new HttpError(400, `Invalid topic: ${topic}`);
  if (qos !== 0 && qos !== 1) throw new HttpError(400, `Invalid qos: ${url.searchParams.get('qos')}`);
  const retain = url.searchParams.get('retain') === 'true';
  options.counter.count('Publish');
  await options.publish({ topic, payload: body, qos, retain });
}

async function route(request: IncomingMessage, response: ServerResponse, options: DataPlaneOptions) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  const body = await readBody(request);

  if (method === 'POST' && url.pathname.startsWith('/topics/')) {
    await publishRoute(url, body, options);
    send(response, 200, undefined);
    return;
  }
  const shadowPath = /^\/things\/([^/]+)\/shadow$/.exec(url.pathname);
  const shadowOperation = SHADOW_OPERATIONS[method];
  if (!shadowPath?.[1] || !shadowOperation)
    throw new HttpError(400, `Operation not emulated: ${method} ${url.pathname}`);
  const thingName = decodeLabel(shadowPath[1]);
  if (!THING_NAME_PATTERN.test(thingName)) throw new HttpError(400, `Invalid thing name: ${thingName}`);
  if (url.searchParams.has('name'))
    throw new HttpError(400, 'Named shadows are not emulated; use the classic shadow');
  options.counter.count(shadowOperation.name);
  const reply = await options.shadows.handle(shadowOperation.operation, thingName, body, 'http');
  send(response, reply.status, reply.status === 200 ? reply.body : { message: reply.body.message });
}

/**
 * Starts the IoT data-plane endpoint on 127.0.0.1: UpdateThingShadow, GetThingShadow,
 * DeleteThingShadow (classic shadow) and Publish. Signatures are accepted without checking.
 * Errors carry `x-amzn-ErrorType` and `{ "message" }`, which the SDK turns into its exceptions.
 */
export function startDataPlaneServer(options: DataPlaneOptions): Promise<DataPlaneServer> {
  const server = createServer((request, response) => {
    route(request, response, options).catch((error: unknown) => {
      if (error instanceof HttpError) {
        send(response, error.status, { message: error.message });
        return;
      }
      options.log(`iot data plane: ${request.method} ${request.url} failed: ${String(error)}`);
      send(response, 500, { message: 'Internal service failure' });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : options.port;
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise<void>((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}
