import { createServer } from 'node:http';

/** A local stand-in for a Slack or Teams incoming webhook: keeps what it is posted, answers as told. */
export interface ChatReceiver {
  /** The webhook's address, with a secret-looking path like Slack's. */
  url: string;
  /** Every request's JSON body, in order, failed ones included. */
  requests: unknown[];
  /** The `text` of each post it accepted. */
  texts(): string[];
  /** Waits until `count` posts were accepted (fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<string[]>;
  stop(): Promise<void>;
}

export const SECRET_PATH = '/services/T000/B000/secret-token-never-logged';

/** `answers`: the status of each request in turn (then 200), e.g. `[503, 503]` fails twice. */
export async function startChatReceiver(answers: number[] = []): Promise<ChatReceiver> {
  const requests: unknown[] = [];
  const accepted: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      requests.push(body);
      const status = request.url === SECRET_PATH ? (answers.shift() ?? 200) : 404;
      if (status === 200 && typeof body === 'object' && body !== null && 'text' in body)
        accepted.push(String(body.text));
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${SECRET_PATH}`,
    requests,
    texts: () => [...accepted],
    async waitFor(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (accepted.length < count) {
        if (Date.now() > deadline) throw new Error(`${accepted.length} of ${count} posts arrived`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return [...accepted];
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
