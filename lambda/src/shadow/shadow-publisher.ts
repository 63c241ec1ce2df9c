import { IoTDataPlaneClient, UpdateThingShadowCommand } from '@aws-sdk/client-iot-data-plane';
import type { Match } from '../domain/match/types';
import type { Logger } from '../logger';
import { shadowOf } from './table-shadow';

/** Tells a table what to show: writes its classic shadow's `state.desired`. */
export interface ShadowPublisher {
  /**
   * Publishes the table's match (or no match). Never rejects: the table's state in DynamoDB
   * is the truth, and the table catches up on the next change.
   */
  publish(thingName: string, match: Match | undefined): Promise<void>;
}

export interface IotShadowPublisherOptions {
  log: Logger;
  /** Left out, the SDK reads `AWS_ENDPOINT_URL_IOT_DATA_PLANE` (then `AWS_ENDPOINT_URL`) by itself. */
  endpoint?: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Publishes through the IoT data plane's UpdateThingShadow, on one client for the process. */
export class IotShadowPublisher implements ShadowPublisher {
  private readonly client: IoTDataPlaneClient;
  private readonly log: Logger;

  constructor(options: IotShadowPublisherOptions) {
    this.log = options.log;
    this.client = new IoTDataPlaneClient({
      ...(options.region === undefined ? {} : { region: options.region }),
      ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
      ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    });
  }

  async publish(thingName: string, match: Match | undefined): Promise<void> {
    const document = { state: { desired: shadowOf(match) } };
    try {
      await this.client.send(
        new UpdateThingShadowCommand({
          thingName,
          payload: new TextEncoder().encode(JSON.stringify(document)),
        }),
      );
    } catch (error) {
      // The turn already succeeded; a missed shadow write only delays what the table shows.
      this.log.error('shadow update failed', {
        thingName,
        matchId: match?.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /** Closes the client's connections (tests and the local stack). */
  destroy(): void {
    this.client.destroy();
  }
}
