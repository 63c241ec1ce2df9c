import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** One measured handler call: how long it took and which DynamoDB commands it sent. */
export interface TurnSample {
  ms: number;
  calls: Map<string, number>;
}

/**
 * Times every call of the wrapped handler and counts the DynamoDB commands sent meanwhile.
 * Turns run one after another, so whatever the client sends during a call belongs to it.
 */
export class TurnMeter {
  private calls = new Map<string, number>();
  private last: TurnSample | undefined;

  constructor(dynamodb: DynamoDBClient) {
    dynamodb.middlewareStack.add(
      (next, context) => async (args) => {
        const name = (context.commandName ?? 'Unknown').replace(/Command$/, '');
        this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
        return next(args);
      },
      { step: 'initialize', name: 'benchCallCounter' },
    );
  }

  /** The handler, timed: only the backend's own work, not the simulator's utterance resolving. */
  wrap<E, R>(handler: (event: E) => Promise<R>): (event: E) => Promise<R> {
    return async (event) => {
      this.calls = new Map();
      const start = performance.now();
      try {
        return await handler(event);
      } finally {
        this.last = { ms: performance.now() - start, calls: this.calls };
      }
    };
  }

  /** The sample of the latest handler call; throws if the handler was never called. */
  lastTurn(): TurnSample {
    if (!this.last) throw new Error('the handler has not been called yet');
    return this.last;
  }
}
