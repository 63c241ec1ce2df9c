import { createServer, type IncomingMessage, request } from 'node:http';

/** A stand-in for the AWS endpoints a child process is pointed at. */
export interface AwsRecorder {
  /** Give it as `AWS_ENDPOINT_URL_DYNAMODB` and `AWS_ENDPOINT_URL_IOT_DATA_PLANE`. */
  url: string;
  /** The IAM action of every request received, in order (`dynamodb:GetItem`, `iot:GetThingShadow`…). */
  actions: string[];
  stop(): Promise<void>;
}

/**
 * Records each request as the IAM action it needs. DynamoDB requests (`X-Amz-Target`) go on to
 * DynamoDB Local and its answer comes back; IoT data-plane requests get a 404 (no shadow), which
 * the code treats as "nothing known". Listens on 127.0.0.1, on a free port.
 */
export async function startAwsRecorder(dynamodbEndpoint: string): Promise<AwsRecorder> {
  const actions: string[] = [];
  const server = createServer(async (incoming, answer) => {
    const body = await readBody(incoming);
    const target = incoming.headers['x-amz-target'];
    if (typeof target === 'string') {
      actions.push(`dynamodb:${target.split('.').at(-1)}`);
      const onward = request(
        new URL(incoming.url ?? '/', dynamodbEndpoint),
        { method: incoming.method, headers: incoming.headers },
        (reply) => {
          answer.writeHead(reply.statusCode ?? 500, reply.headers);
          reply.pipe(answer);
        },
      );
      onward.on('error', () => answer.writeHead(502).end());
      onward.end(body);
      return;
    }
    actions.push(iotActionOf(incoming.method ?? '', incoming.url ?? ''));
    answer
      .writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'ResourceNotFoundException' })
      .end(JSON.stringify({ message: 'No shadow exists' }));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the recorder has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    actions,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}

function iotActionOf(method: string, url: string): string {
  if (/^\/things\/[^/]+\/shadow/.test(url))
    return method === 'GET' ? 'iot:GetThingShadow' : 'iot:UpdateThingShadow';
  if (url.startsWith('/topics/')) return 'iot:Publish';
  return `unknown:${method} ${url}`;
}

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
