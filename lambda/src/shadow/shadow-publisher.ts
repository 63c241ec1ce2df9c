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
   * DynamoDB. A revision older than the one the shadow holds is dropped, so two changes
   * published in the wrong order never leave the older one showing. Never rejects: the
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
}

/** Rounds of GetThingShadow + versioned UpdateThingShadow before giving up on a busy shadow. */
const MAX_ATTEMPTS = 5;

/** Publishes through the IoT data plane, on one client for the process. */
export class IotShadowPublisher implements ShadowPublisher {
  private readonly client: IoTDataPlaneClient;
  private readonly ownsClient: boolean;
  private readonly log: Logger;

  constructor(options: IotShadowPublisherOptions) {
    this.log = options.log;
    this.ownsClient = options.client === undefined;
    this.client = options.client ?? createIotDataClient(options);
  }

  async publish(thingName: string, match: Match | undefined, revision: number): Promise<void> {
    const desired = { ...shadowOf(match), revision };
    try {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const current = await this.currentShadow(thingName);
        if (current && current.revision !== undefined && current.revision >= revision) {
          this.log.info('shadow already newer', { thingName, revision, shown: current.revision });
          return;
        }
        try {
          await this.update(thingName, { state: { desired }, version: current?.version });
          return;
        } catch (error) {
          // Someone wrote in between (the table's report, another change): read again and decide again.
          if (!(error instanceof ConflictException)) throw error;
        }
      }
      this.log.error('shadow update failed', {
        thingName,
        matchId: match?.id,
        revision,
        error: 'busy shadow',
      });
    } catch (error) {
      // The turn already succeeded; a missed shadow write only delays what the table shows.
      this.log.error('shadow update failed', {
        thingName,
        matchId: match?.id,
        revision,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  async showPairing(thingName: string, pairing: ShownPairing | null): Promise<void> {
    await this.update(thingName, { state: { desired: { pairing } } });
  }

  /** Closes the client's connections (tests and the local stack), unless it was lent. */
  destroy(): void {
    if (this.ownsClient) this.client.destroy();
  }

  private async currentShadow(thingName: string) {
    try {
      const answer = await this.client.send(new GetThingShadowCommand({ thingName }));
      return parseShadowDocument(answer.payload);
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return undefined;
      throw error;
    }
  }

  private async update(thingName: string, document: { state: object; version?: number | undefined }) {
    const body = document.version === undefined ? { state: document.state } : document;
    await this.client.send(
      new UpdateThingShadowCommand({ thingName, payload: new TextEncoder().encode(JSON.stringify(body)) }),
    );
  }
}
