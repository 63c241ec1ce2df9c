import {
  GetThingShadowCommand,
  type IoTDataPlaneClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-iot-data-plane';
import type { Logger } from '../logger';
import { createIotDataClient, type IotDataOptions } from './iot-data-client';
import { parseShadowDocument, type SensorsReport } from './shadow-document';

/** What the table says about its goal sensors. */
export interface TableHealth {
  /**
   * The goal sensors' health as the table last reported it in its shadow. Never rejects:
   * undefined when the shadow cannot be read (the score is answered without it).
   */
  sensors(thingName: string): Promise<SensorsReport | undefined>;
}

export interface IotTableHealthOptions extends IotDataOptions {
  log: Logger;
  client?: IoTDataPlaneClient;
  /** How long a score answer may wait for the shadow (default 1500 ms). */
  timeoutMs?: number;
}

/** Reads `state.reported.sensors` with GetThingShadow. */
export class IotTableHealth implements TableHealth {
  private readonly client: IoTDataPlaneClient;
  private readonly ownsClient: boolean;
  private readonly timeoutMs: number;

  constructor(private readonly options: IotTableHealthOptions) {
    this.ownsClient = options.client === undefined;
    this.client = options.client ?? createIotDataClient(options);
    this.timeoutMs = options.timeoutMs ?? 1500;
  }

  async sensors(thingName: string): Promise<SensorsReport | undefined> {
    try {
      const answer = await this.client.send(new GetThingShadowCommand({ thingName }), {
        abortSignal: AbortSignal.timeout(this.timeoutMs),
      });
      return parseShadowDocument(answer.payload)?.sensors;
    } catch (error) {
      // A table that never connected has no shadow yet: nothing to say about its sensors.
      if (error instanceof ResourceNotFoundException) return undefined;
      this.options.log.warn('table health unknown', {
        thingName,
        error: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    }
  }

  destroy(): void {
    if (this.ownsClient) this.client.destroy();
  }
}
