import { createServer } from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now: the OS picks it for a throwaway server, which is
 * closed so that a child process (which cannot be handed a socket) can bind it. Another
 * process could take it in between, so callers retry on a bind failure.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port === undefined ? reject(new Error('No port was assigned')) : resolve(port)));
    });
  });
}

export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    options?: { cause?: unknown },
  ) {
    super(`Port ${port} on 127.0.0.1 is already in use (set another port, or 0 for any free one)`, options);
    this.name = 'PortInUseError';
  }
}

/**
 * Fails fast when a fixed port is taken: otherwise a second local stack could mistake the
 * first one's server for its own.
 */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error) => reject(new PortInUseError(port, { cause: error })));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
