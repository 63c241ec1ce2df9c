import {
  GetThingShadowCommand,
  type IoTDataPlaneClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-iot-data-plane';
import type { Logger } from '../logger';
import { createIotDataClient, type IotDataOptions } from './iot-data-client';
import { type Presence, parseShadowDocument, type SensorsReport } from './shadow-document';

/** What the shadow says about a table: its goal sensors, and whether it is connected. */
export interface TableReport {
  /** Absent when the table never reported its sensors. */
  sensors?: SensorsReport;
  /** Absent when the presence rules never wrote the shadow. */
  presence?: Presence;
}

/** What the table says about itself in its shadow. */
export interface TableHealth {
  /**
   * The table's report as its shadow last held it; `{}` when it has no shadow yet. Never
   * rejects: undefined when the shadow cannot be read (the answer is given without it).
   */
  read(thingName: string): Promise<TableReport | undefined>;
}

export interface IotTableHealthOptions extends IotDataOptions {
  log: Logger;
  client?: IoTDataPlaneClient;
  /** How long an answer may wait for the shadow (default 1500 ms). */
  timeoutMs?: number;
}

/** Reads `state.reported` (sensors and presence) with GetThingShadow. */
export class IotTableHealth implements TableHealth {
  private readonly client: IoTDataPlaneClient;
  private readonly ownsClient: boolean;
  private readonly timeoutMs: number;

  constructor(private readonly options: IotTableHealthOptions) {
    this.ownsClient = options.client === undefined;
    this.client = options.client ?? createIotDataClient(options);
    this.timeoutMs = options.timeoutMs ?? 1500;
  }

  async read(thingName: string): Promise<TableReport | undefined> {
    try {
      const answer = await this.client.send(new GetThingShadowCommand({ thingName }), {
        abortSignal: AbortSignal.timeout(this.timeoutMs),
      });
      const facts = parseShadowDocument(answer.payload);
      if (facts === undefined) return {};
      return {
        ...(facts.sensors === undefined ? {} : { sensors: facts.sensors }),
        ...(facts.presence === undefined ? {} : { presence: facts.presence }),
      };
    } catch (error) {
      // A table that never connected has no shadow yet: it reported nothing.
      if (error instanceof ResourceNotFoundException) return {};
      this.options.log.warn('table health unknown', { thingName, error });
      return undefined;
    }
  }

  destroy(): void {
    if (this.ownsClient) this.client.destroy();
  }
}
