import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IoTDataPlaneClient, UpdateThingShadowCommand } from '@aws-sdk/client-iot-data-plane';
import { parseBridgeConfig } from '../../../device-bridge/src/config';
import { createBackend } from '../../../lambda/src/backend';
import { memoryLogger } from '../../../lambda/src/logger';
import { createIotDataClient } from '../../../lambda/src/shadow/iot-data-client';
import { IotShadowPublisher } from '../../../lambda/src/shadow/shadow-publisher';
import { IotTableHealth } from '../../../lambda/src/shadow/table-health';
import { createDynamoClients } from '../../../lambda/src/store/dynamo-clients';
import { SimulatedEchoDevice, type Turn } from '../../../local/alexa';
import { ConsoleTable } from '../../../local/console-table';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../local/dynamodb';
import { LOCAL_THING_NAME, startLocalStack } from '../../../local/start-stack';
import { startLocalScoreboard } from '../../../local/web/local-scoreboard';

const SKILL_ID = 'amzn1.ask.skill.babyfoot-web-test';
export const ACCOUNT_ID = 'amzn1.ask.account.web-player';

/** What `npm start` runs, minus the console: the local stack, the skill, the simulated table and the board. */
export interface LiveStack {
  /** The board's address, as `npm start` prints it. */
  boardUrl: string;
  thingName: string;
  /** Says something to an Echo of the board's account. */
  say(text: string): Promise<Turn>;
  /**
   * A ball in a goal of the simulated table (its simulated sensor fires). A second ball in the
   * same goal waits out the table's bounce window first: the table would ignore it.
   */
  goal(team: 'red' | 'blue'): Promise<void>;
  /** The simulated table's own display line. */
  tableStatus(): string;
  /** Writes `state.reported.sensors` as the table would. */
  reportSensors(sensors: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

export async function startLiveStack(locale: string): Promise<LiveStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'babyfoot-web-'));
  const stack = await startLocalStack({ dynamodbPort: 0, mqttPort: 0, iotPort: 0 });
  const aws = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const { document, dynamodb } = createDynamoClients({ endpoint: stack.info.dynamodb, ...aws });
  const iotData = createIotDataClient({ endpoint: stack.info.iotData, ...aws });
  const reporter = new IoTDataPlaneClient({ endpoint: stack.info.iotData, ...aws });
  const log = memoryLogger();
  const mqttUrl = stack.info.mqtt ?? '';
  const board = await startLocalScoreboard({
    dynamo: document,
    tableName: stack.info.table,
    thingName: LOCAL_THING_NAME,
    mqttUrl,
    health: new IotTableHealth({ log, client: iotData }),
    log,
    port: 0,
  });
  const backend = createBackend({
    config: { tableName: stack.info.table, skillId: SKILL_ID, defaultThingName: LOCAL_THING_NAME },
    dynamo: document,
    log,
    shadows: new IotShadowPublisher({ log, client: iotData }),
    scoreboardUrl: board.url,
  });
  const { debounceMs } = parseBridgeConfig({
    thingName: LOCAL_THING_NAME,
    endpoint: mqttUrl,
    outboxDir: dataDir,
    sensors: { driver: 'simulated' },
  });
  const lastBall = { red: 0, blue: 0 };
  const table = new ConsoleTable({ thingName: LOCAL_THING_NAME, mqttUrl, dataDir, log }, () => {});
  await table.start();
  const echo = new SimulatedEchoDevice({
    locale,
    skillId: SKILL_ID,
    userId: ACCOUNT_ID,
    deviceId: 'amzn1.ask.device.web-test',
    invoke: backend.handler,
  });
  return {
    boardUrl: board.url,
    thingName: LOCAL_THING_NAME,
    say: (text) => echo.say(text),
    async goal(team) {
      const wait = lastBall[team] + debounceMs + 100 - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lastBall[team] = Date.now();
      table.goal(team);
    },
    tableStatus: () => table.status(),
    async reportSensors(sensors) {
      const payload = new TextEncoder().encode(JSON.stringify({ state: { reported: { sensors } } }));
      await reporter.send(new UpdateThingShadowCommand({ thingName: LOCAL_THING_NAME, payload }));
    },
    async stop() {
      await board.stop();
      await table.stop();
      reporter.destroy();
      iotData.destroy();
      dynamodb.destroy();
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the simulated table shows what `expected` matches (it learns the match from its shadow). */
export async function tableShows(stack: LiveStack, expected: RegExp, withinMs = 5000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!expected.test(stack.tableStatus())) {
    if (Date.now() > deadline) throw new Error(`The table never showed ${expected}: ${stack.tableStatus()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
