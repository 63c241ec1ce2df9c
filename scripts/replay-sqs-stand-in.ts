import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small SQS stand-in on 127.0.0.1 for the replay's tests: one queue, the AWS JSON protocol
 * that `@aws-sdk/client-sqs` speaks (`X-Amz-Target: AmazonSQS.<Action>`), and the three
 * actions the replay uses plus a send: SendMessage, ReceiveMessage (with a visibility
 * timeout), DeleteMessage. The SDK's client checks the bodies' MD5, so they are real.
 */
export interface SqsStandIn {
  /** The endpoint to give `new SQSClient({ endpoint })`. */
  endpoint: string;
  /** The queue's URL, as `QueueUrl`. */
  queueUrl: string;
  /** What the queue holds, visible or not. */
  bodies(): string[];
  stop(): Promise<void>;
}

interface Held {
  id: string;
  body: string;
  receipt?: string;
  visibleAt: number;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

export async function startSqsStandIn(): Promise<SqsStandIn> {
  const held: Held[] = [];
  let queueUrl = '';
  const actions: Record<string, (input: Record<string, unknown>) => unknown> = {
    SendMessage(input) {
      const body = String(input.MessageBody);
      const message = { id: randomUUID(), body, visibleAt: 0 };
      held.push(message);
      return { MessageId: message.id, MD5OfMessageBody: md5(body) };
    },
    ReceiveMessage(input) {
      const now = Date.now();
      const max = Number(input.MaxNumberOfMessages ?? 1);
      const hideMs = Number(input.VisibilityTimeout ?? 30) * 1000;
      const given = held.filter((m) => m.visibleAt <= now).slice(0, max);
      for (const message of given) {
        message.receipt = randomUUID();
        message.visibleAt = now + hideMs;
      }
      return {
        Messages: given.map((m) => ({
          MessageId: m.id,
          ReceiptHandle: m.receipt,
          MD5OfBody: md5(m.body),
          Body: m.body,
        })),
      };
    },
    DeleteMessage(input) {
      const index = held.findIndex((m) => m.receipt !== undefined && m.receipt === input.ReceiptHandle);
      if (index >= 0) held.splice(index, 1);
      return {};
    },
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const action = String(request.headers['x-amz-target'] ?? '').replace(/^AmazonSQS\./, '');
      const handle = actions[action];
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      response.setHeader('content-type', 'application/x-amz-json-1.0');
      if (!handle) {
        response.statusCode = 400;
        response.end(JSON.stringify({ __type: 'com.amazonaws.sqs#UnsupportedOperation', message: action }));
        return;
      }
      if (input.QueueUrl !== queueUrl) {
        response.statusCode = 400;
        response.end(
          JSON.stringify({ __type: 'com.amazonaws.sqs#QueueDoesNotExist', message: input.QueueUrl }),
        );
        return;
      }
      response.end(JSON.stringify(handle(input)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  queueUrl = `${endpoint}/000000000000/undelivered-events`;
  return {
    endpoint,
    queueUrl,
    bodies: () => held.map((m) => m.body),
    stop: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
