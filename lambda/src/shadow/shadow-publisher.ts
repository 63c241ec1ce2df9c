import {
  ConflictException,
  GetThingShadowCommand,
  type IoTDataPlaneClient,
  ResourceNotFoundException,
  UpdateThingShadowCommand,
} from '@aws-sdk/client-iot-data-plane';
import type { Match } from '../domain/match/types';
import type { Logger } from '../logger';
import { createIotDataClient, type IotDataOptions } from './iot-data-client';
import { parseShadowDocument } from './shadow-document';
import { shadowOf } from './table-shadow';

/** A pairing code as the table shows it (`state.desired.pairing`). */
export interface ShownPairing {
  /** Four digits. */
  code: string;
  /** Epoch milliseconds, like every time in the device protocol. */
  expiresAt: number;
}

/** Tells a table what to show: writes its classic shadow's `state.desired`. */
export interface ShadowPublisher {
  /**
   * Publishes the table's match (or no match) as of `revision`, the table's live version in
   * DynamoDB. For the same match, a revision older than the one the shadow holds is dropped,
   * so two changes published in the wrong order never leave the older one showing; another
   * match always replaces the one shown (a live item deleted and made again starts its
   * revisions over). Settles within a deadline, so a voice turn answers in time even when the
   * data plane hangs: a publish that misses it is retried after the turn. Never rejects: the
   * table's state in DynamoDB is the truth, and the table catches up on the next change.
   */
  publish(thingName: string, match: Match | undefined, revision: number): Promise<void>;
  /**
   * Shows a pairing code on the table, or clears it (`null`).
   * @throws the data plane's error, so a pairing event is retried.
   */
  showPairing(thingName: string, pairing: ShownPairing | null): Promise<void>;
}

export interface IotShadowPublisherOptions extends IotDataOptions {
  log: Logger;
  /** A client to share (with the health reader); left out, one is built from the other options. */
  client?: IoTDataPlaneClient;
  /** How long a turn waits for its publish (default 1000 ms): the rest of its 3 s is the turn's. */
  deadlineMs?: number;
  /** Pauses before each retry of a publish that missed its deadline (default 2 s, 10 s, 30 s). */
  retryDelaysMs?: readonly number[];
  /** How long each retry may take: no answer waits on it (default 5 s). */
  retryDeadlineMs?: number;
}

/** Rounds of GetThingShadow + versioned UpdateThingShadow before giving up on a busy shadow. */
const MAX_ATTEMPTS = 5;
const DEFAULT_DEADLINE_MS = 1000;
const DEFAULT_RETRY_DELAYS_MS = [2000, 10_000, 30_000];
const DEFAULT_RETRY_DEADLINE_MS = 5000;

/** Publishes through the IoT data plane, on one client for the process. */
export class IotShadowPublisher implements ShadowPublisher {
  private readonly client: IoTDataPlaneClient;
  private readonly ownsClient: boolean;
  private readonly log: Logger;
  private readonly deadlineMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly retryDeadlineMs: number;
  /** Publishes retried after their turn, still running. */
  private readonly retries = new Set<Promise<void>>();
  /** Per table, the number of its latest publish: a retry is dropped once a later publish came. */
  private readonly latest = new Map<string, number>();
  private publishes = 0;

  constructor(options: IotShadowPublisherOptions) {
    this.log = options.log;
    this.ownsClient = options.client === undefined;
    this.client = options.client ?? createIotDataClient(options);
    this.deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.retryDeadlineMs = options.retryDeadlineMs ?? DEFAULT_RETRY_DEADLINE_MS;
  }

  async publish(thingName: string, match: Match | undefined, revision: number): Promise<void> {
    const fields = { thingName, matchId: match?.id, revision };
    this.publishes += 1;
    const publish = this.publishes;
    this.latest.set(thingName, publish);
    try {
      await this.write(thingName, match, revision, AbortSignal.timeout(this.deadlineMs));
    } catch (error) {
      // The turn already succeeded; a missed shadow write only delays what the table shows.
      this.log.warn('shadow update missed the turn: retried after it', {
        ...fields,
        error,
      });
      this.retryAfterTheTurn(thingName, match, revision, publish);
    }
  }

  /** Waits for the publishes being retried after their turn (tests, the local stack's shutdown). */
  async settled(): Promise<void> {
    while (this.retries.size > 0) await Promise.all([...this.retries]);
  }

  /**
   * Tries the publish again a few times, outside the turn that asked for it (nothing waits on
   * it). In Lambda it runs while the instance does (a frozen instance resumes it on its next
   * invocation); the table's next event publishes the state anyway.
   */
  private retryAfterTheTurn(
    thingName: string,
    match: Match | undefined,
    revision: number,
    publish: number,
  ): void {
    const fields = { thingName, matchId: match?.id, revision };
    const retry = (async () => {
      for (const delay of this.retryDelaysMs) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (this.latest.get(thingName) !== publish) return;
        try {
          await this.write(thingName, match, revision, AbortSignal.timeout(this.retryDeadlineMs));
          this.log.info('shadow updated after the turn', fields);
          return;
        } catch (error) {
          this.log.warn('shadow update retry failed', { ...fields, error });
        }
      }
      this.log.error('shadow update failed', { ...fields, error: 'every retry failed' });
    })();
    this.retries.add(retry);
    void retry.finally(() => this.retries.delete(retry));
  }

  /**
   * Reads the shadow and writes the match unless it already shows a newer revision of the
   * same match; on a concurrent write (the table's report), reads and decides again.
   * @throws the data plane's error, or the abort once `signal` fires.
   */
  private async write(thingName: string, match: Match | undefined, revision: number, signal: AbortSignal) {
    const desired = { ...shadowOf(match), revision };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const current = await this.currentShadow(thingName, signal);
      const sameMatch = current !== undefined && current.matchId === match?.id;
      if (sameMatch && current.revision !== undefined && current.revision >= revision) {
        this.log.info('shadow already newer', { thingName, revision, shown: current.revision });
        return;
      }
      try {
        await this.update(thingName, { state: { desired }, version: current?.version }, signal);
        return;
      } catch (error) {
        // Someone wrote in between (the table's report, another change): read again and decide again.
        if (!(error instanceof ConflictException)) throw error;
      }
    }
    throw new Error('busy shadow');
  }

  async showPairing(thingName: string, pairing: ShownPairing | null): Promise<void> {
    await this.update(thingName, { state: { desired: { pairing } } });
  }

  /** Closes the client's connections (tests and the local stack), unless it was lent. */
  destroy(): void {
    if (this.ownsClient) this.client.destroy();
  }

  private async currentShadow(thingName: string, signal?: AbortSignal) {
    try {
      const answer = await this.client.send(new GetThingShadowCommand({ thingName }), {
        abortSignal: signal,
      });
      return parseShadowDocument(answer.payload);
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return undefined;
      throw error;
    }
  }

  private async update(
    thingName: string,
    document: { state: object; version?: number | undefined },
    signal?: AbortSignal,
  ) {
    const body = document.version === undefined ? { state: document.state } : document;
    await this.client.send(
      new UpdateThingShadowCommand({ thingName, payload: new TextEncoder().encode(JSON.stringify(body)) }),
      { abortSignal: signal },
    );
  }
}
