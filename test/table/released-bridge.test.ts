import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetThingShadowCommand, IoTDataPlaneClient } from '@aws-sdk/client-iot-data-plane';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BRIDGE_FILE, buildBridgeBundle } from '../../device-bridge/scripts/bridge-bundle';
import { createBackend } from '../../lambda/src/backend';
import { memoryLogger } from '../../lambda/src/logger';
import { IotShadowPublisher } from '../../lambda/src/shadow/shadow-publisher';
import { createDynamoClients } from '../../lambda/src/store/dynamo-clients';
import { SimulatedEchoDevice } from '../../local/alexa';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/dynamodb';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const SKILL_ID = 'amzn1.ask.skill.babyfoot-release-test';

const stackInfoSchema = z.object({
  dynamodb: z.string(),
  table: z.string(),
  mqtt: z.string(),
  iotData: z.string(),
  thing: z.string(),
});
const presenceSchema = z.object({
  state: z
    .object({ reported: z.object({ connected: z.boolean().optional() }).default({}) })
    .default({ reported: {} }),
});

interface Running {
  child: ChildProcess;
  output: () => string;
}

function run(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Running {
  const child = spawn(process.execPath, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The "done when": the bridge built into one file, run by plain `node` from a folder
 * with nothing else in it, against `npm run local`; goals from its simulated sensors (keys on
 * stdin) are counted, and once it is killed the shadow says the table is off within 5 s.
 */
describe('the released bridge against npm run local', { timeout: 120_000 }, () => {
  let stack: Running;
  let info: z.infer<typeof stackInfoSchema>;
  let tableDir: string;

  beforeAll(async () => {
    const buildDir = await mkdtemp(join(tmpdir(), 'bridge-build-'));
    await buildBridgeBundle(join(projectRoot, 'device-bridge'), buildDir);
    tableDir = await mkdtemp(join(tmpdir(), 'pi-'));
    await copyFile(join(buildDir, BRIDGE_FILE), join(tableDir, BRIDGE_FILE));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOCAL_DYNAMODB_PORT: '0',
      LOCAL_MQTT_PORT: '0',
      LOCAL_IOT_PORT: '0',
      LOCAL_DATA_DIR: await mkdtemp(join(tmpdir(), 'release-stack-')),
    };
    delete env.TABLE_NAME;
    stack = run(['--import', 'tsx', 'local/stack.ts'], { cwd: projectRoot, env });
    await until(() => stack.output().includes('}\n'), 'npm run local to print its endpoints', 60_000);
    const line = stack
      .output()
      .split('\n')
      .find((candidate) => candidate.startsWith('{'));
    info = stackInfoSchema.parse(JSON.parse(line ?? ''));
  }, 120_000);

  afterAll(async () => {
    if (stack.child.exitCode === null) {
      stack.child.kill('SIGTERM');
      await new Promise((resolve) => stack.child.once('exit', resolve));
    }
  });

  it('counts the goals of its simulated sensors, and is seen offline within 5 s of being killed', async () => {
    // Prepare: a match started by voice, and the table's folder: the bundle and bridge.json only
    const aws = { endpoint: info.iotData, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
    const dynamo = createDynamoClients({
      endpoint: info.dynamodb,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    const shadows = new IotShadowPublisher({ ...aws, log: memoryLogger() });
    const reader = new IoTDataPlaneClient(aws);
    const voice = createBackend({
      config: { tableName: info.table, skillId: SKILL_ID, defaultThingName: info.thing },
      dynamo: dynamo.document,
      log: memoryLogger(),
      shadows,
    });
    const echo = new SimulatedEchoDevice({
      locale: 'en-US',
      skillId: SKILL_ID,
      userId: 'amzn1.ask.account.release-player',
      deviceId: 'amzn1.ask.device.release-test',
      invoke: voice.handler,
    });
    const connected = async () => {
      const answer = await reader.send(new GetThingShadowCommand({ thingName: info.thing }));
      return presenceSchema.parse(JSON.parse(new TextDecoder().decode(answer.payload))).state.reported
        .connected;
    };
    expect((await echo.say('ask baby foot to start a match to 5 between Alice and Bob')).speech).toMatch(
      /^Match on!/,
    );
    await writeFile(
      join(tableDir, 'bridge.json'),
      JSON.stringify({ thingName: info.thing, endpoint: info.mqtt, outboxDir: 'outbox', debounceMs: 20 }),
    );
    expect((await readdir(tableDir)).sort()).toEqual([BRIDGE_FILE, 'bridge.json']);

    try {
      // Act: plain node, no node_modules anywhere up the folder
      const table = run([BRIDGE_FILE, '--config', 'bridge.json'], {
        cwd: tableDir,
        env: { PATH: process.env.PATH ?? '' },
      });
      await until(() => table.output().includes('[PLAYING]'), 'the table to show the match');
      await until(async () => (await connected()) === true, 'reported.connected');
      for (const key of ['r', 'r', 'b']) {
        table.child.stdin?.write(key);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      await until(async () => {
        const score = (await voice.deps.matches.load(info.thing)).match?.score;
        return score?.red === 2 && score.blue === 1;
      }, 'three goals counted');
      const score = await echo.say("ask baby foot what's the score");
      table.child.kill('SIGKILL');
      const killedAt = Date.now();
      await until(async () => (await connected()) === false, 'reported.connected false', 5_000);
      const offlineAfterMs = Date.now() - killedAt;

      // Assess
      expect(score.speech).toBe('Alice leads 2 to 1.');
      expect(offlineAfterMs).toBeLessThan(5_000);
    } finally {
      shadows.destroy();
      reader.destroy();
      dynamo.dynamodb.destroy();
    }
  });
});
