import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetThingShadowCommand, IoTDataPlaneClient } from '@aws-sdk/client-iot-data-plane';
import { type Bridge, startBridge } from '../../../device-bridge/src/bridge';
import { parseBridgeConfig } from '../../../device-bridge/src/config';
import { silentLog } from '../../../device-bridge/src/log';
import { type Backend, createBackend } from '../../../lambda/src/backend';
import { ownLeagueOf } from '../../../lambda/src/domain/league/table-league';
import type { MatchResult } from '../../../lambda/src/domain/match/result';
import { memoryLogger } from '../../../lambda/src/logger';
import { IotShadowPublisher } from '../../../lambda/src/shadow/shadow-publisher';
import { DynamoHistoryStore } from '../../../lambda/src/store/dynamo-history-store';
import { SimulatedEchoDevice } from '../../../local/alexa';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../local/dynamodb';
import type { LocalIot } from '../../../local/iot/start-local-iot';
import {
  iotService,
  LOCAL_THING_NAME,
  type LocalStackProbes,
  type StartedService,
} from '../../../local/start-stack';
import { createTestTable, type TestTable } from '../../support/dynamodb';

const SKILL_ID = 'amzn1.ask.skill.babyfoot-stack-test';
export const PLAYER = 'amzn1.ask.account.stack-player';
/** The league of the stack's table: a fresh table plays in its own league. */
export const LEAGUE = ownLeagueOf(LOCAL_THING_NAME);

/**
 * The whole local stack on the test run's DynamoDB Local: the MQTT broker, the shadow, the
 * topic rules feeding the Lambda entries (as `npm run local` wires them), an Echo driving the
 * table by voice, and real bridges on the table.
 */
export interface StackTable {
  thing: string;
  iot: LocalIot;
  table: TestTable;
  /** The backend the Echo talks to (same table, same shadow). */
  voice: Backend;
  /** What the Lambda entries behind the topic rules logged. */
  log: ReturnType<typeof memoryLogger>;
  say(text: string): Promise<string>;
  /** Starts a bridge in this process, on `outboxDir` (a new one when left out). */
  startBridge(outboxDir?: string): Promise<{ bridge: Bridge; outboxDir: string }>;
  history(): Promise<MatchResult[]>;
  /** The table's shadow document, read with GetThingShadow. */
  shadow(): Promise<unknown>;
  stop(): Promise<void>;
}

export async function startStackTable(probes: LocalStackProbes = {}): Promise<StackTable> {
  const table = await createTestTable();
  const log = memoryLogger();
  let iot: LocalIot | undefined;
  const service: StartedService = await iotService({
    log,
    probes: {
      ...probes,
      localIot(started) {
        iot = started;
        probes.localIot?.(started);
      },
    },
  }).start({ info: { dynamodb: table.endpoint, table: table.tableName }, env: {} });
  if (!iot) throw new Error('the local IoT did not start');
  const mqttUrl = service.info.mqtt ?? '';
  const shadows = new IotShadowPublisher({
    log,
    endpoint: iot.iotDataUrl,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const voice = createBackend({
    config: { tableName: table.tableName, skillId: SKILL_ID, defaultThingName: LOCAL_THING_NAME },
    dynamo: table.document,
    log: memoryLogger(),
    shadows,
  });
  const echo = new SimulatedEchoDevice({
    locale: 'en-US',
    skillId: SKILL_ID,
    userId: PLAYER,
    deviceId: 'amzn1.ask.device.stack-test',
    invoke: voice.handler,
  });
  const reader = new IoTDataPlaneClient({
    endpoint: iot.iotDataUrl,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const bridges: Bridge[] = [];
  const history = new DynamoHistoryStore({ client: table.document, tableName: table.tableName });
  const localIot = iot;
  return {
    thing: LOCAL_THING_NAME,
    iot: localIot,
    table,
    voice,
    log,
    say: async (text) => (await echo.say(text)).speech,
    async startBridge(outboxDir) {
      const dir = outboxDir ?? join(await mkdtemp(join(tmpdir(), 'stack-bridge-')), 'outbox');
      const config = parseBridgeConfig({
        thingName: LOCAL_THING_NAME,
        endpoint: mqttUrl,
        outboxDir: dir,
        debounceMs: 20,
        reconnect: { minMs: 50, maxMs: 200 },
      });
      const bridge = await startBridge(config, { log: silentLog });
      bridges.push(bridge);
      return { bridge, outboxDir: dir };
    },
    history: () => history.recent(LEAGUE, 10),
    async shadow() {
      const answer = await reader.send(new GetThingShadowCommand({ thingName: LOCAL_THING_NAME }));
      return JSON.parse(new TextDecoder().decode(answer.payload));
    },
    async stop() {
      for (const bridge of bridges) await bridge.stop();
      await service.stop();
      shadows.destroy();
      reader.destroy();
    },
  };
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Goals from the same sensor a little apart, so the bridge's debounce does not take them for a bounce. */
export async function fireGoals(bridge: Bridge, teams: string): Promise<void> {
  for (const letter of teams) {
    bridge.fireGoal(letter === 'r' ? 'red' : 'blue');
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}
