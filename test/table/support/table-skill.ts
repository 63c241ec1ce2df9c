import {
  GetThingShadowCommand,
  IoTDataPlaneClient,
  UpdateThingShadowCommand,
} from '@aws-sdk/client-iot-data-plane';
import { type Backend, createBackend } from '../../../lambda/src/backend';
import { memoryLogger } from '../../../lambda/src/logger';
import { IotShadowPublisher } from '../../../lambda/src/shadow/shadow-publisher';
import { IotTableHealth } from '../../../lambda/src/shadow/table-health';
import type { SimulatedEchoDevice, Turn } from '../../../local/alexa';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../local/dynamodb';
import { type LocalIot, startLocalIot } from '../../../local/iot/start-local-iot';
import { createTestTable, type TestTable } from '../../support/dynamodb';
import { newEcho, sayChecked } from '../../support/simulated-echo';

const SKILL_ID = 'amzn1.ask.skill.babyfoot-table-test';
const aws = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };

/** An Echo that checks every answer is valid SSML. */
export interface TestEcho {
  device: SimulatedEchoDevice;
  say(text: string): Promise<Turn>;
}

/** The real backend with its shadow publisher and health reader on a local IoT Core and DynamoDB Local. */
export interface TableSkill {
  backend: Backend;
  iot: LocalIot;
  table: TestTable;
  log: ReturnType<typeof memoryLogger>;
  /** A new Echo; `userId` defaults to one shared account. */
  echo(locale: string, userId?: string): TestEcho;
  /** The thing's shadow document, or undefined when it has none. */
  shadow(thingName: string): Promise<ShadowDocument | undefined>;
  /** Writes `state.reported` as a table would. */
  report(thingName: string, reported: object): Promise<void>;
  stop(): Promise<void>;
}

export interface ShadowDocument {
  version: number;
  state: { desired?: Record<string, unknown>; reported?: Record<string, unknown> };
}

export interface TableSkillOptions {
  /** The table an Echo with no link drives; left out, an unlinked Echo drives none. */
  defaultThingName?: string;
  now?: () => number;
  /** Where the health reader looks for shadows; left out, the local IoT data plane. */
  healthEndpoint?: string;
  /** The local IoT Core runs the presence rules (`reported.connected` of `babyfoot-…` clients). */
  presence?: boolean;
}

export async function startTableSkill(options: TableSkillOptions = {}): Promise<TableSkill> {
  const table = await createTestTable();
  const iot = await startLocalIot({ log: () => {}, presence: options.presence ?? false });
  const log = memoryLogger();
  const shadows = new IotShadowPublisher({ ...aws, endpoint: iot.iotDataUrl, log });
  const health = new IotTableHealth({ ...aws, endpoint: options.healthEndpoint ?? iot.iotDataUrl, log });
  const reader = new IoTDataPlaneClient({ ...aws, endpoint: iot.iotDataUrl });
  const backend = createBackend({
    config: {
      tableName: table.tableName,
      skillId: SKILL_ID,
      ...(options.defaultThingName ? { defaultThingName: options.defaultThingName } : {}),
    },
    dynamo: table.document,
    log,
    shadows,
    health,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    backend,
    iot,
    table,
    log,
    echo(locale, userId = 'amzn1.ask.account.player') {
      const device = newEcho({ locale, skillId: SKILL_ID, userId, invoke: backend.handler });
      return {
        device,
        say: (text) => sayChecked(device, text),
      };
    },
    async shadow(thingName) {
      try {
        const answer = await reader.send(new GetThingShadowCommand({ thingName }));
        return JSON.parse(new TextDecoder().decode(answer.payload));
      } catch (error) {
        if (error instanceof Error && error.name === 'ResourceNotFoundException') return undefined;
        throw error;
      }
    },
    async report(thingName, reported) {
      const payload = new TextEncoder().encode(JSON.stringify({ state: { reported } }));
      await reader.send(new UpdateThingShadowCommand({ thingName, payload }));
    },
    async stop() {
      shadows.destroy();
      health.destroy();
      reader.destroy();
      await iot.stop();
    },
  };
}

/** "4712" as a player says it to link a table: "4 7 1 2". */
export function spokenDigits(code: string): string {
  return code.split('').join(' ');
}
