import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDynamoClients } from '../lambda/src/store/dynamo-clients';
import { DynamoMatchStore } from '../lambda/src/store/dynamo-match-store';
import { newSinglesMatch } from '../lambda/src/store/sample-matches';
import { LOCAL_CREDENTIALS } from './dynamodb';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const stackInfoSchema = z.strictObject({
  dynamodb: z.string(),
  table: z.string(),
  mqtt: z.string(),
  iotData: z.string(),
  thing: z.string(),
  web: z.string(),
});

interface RunningStack {
  process: ChildProcess;
  info: z.infer<typeof stackInfoSchema>;
  stdout: () => string;
}

/** Runs `local/stack.ts` as `npm run local` does, on any free port, with its data in `dataDir`. */
async function runStack(dataDir: string): Promise<RunningStack> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOCAL_DYNAMODB_PORT: '0',
    LOCAL_MQTT_PORT: '0',
    LOCAL_IOT_PORT: '0',
    LOCAL_DATA_DIR: dataDir,
  };
  delete env.TABLE_NAME;
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/stack.ts'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', () => {
      const end = stdout.indexOf('\n');
      if (end >= 0) resolve(stdout.slice(0, end));
    });
    child.once('exit', (code) => reject(new Error(`stack exited (${code}) before printing: ${stderr}`)));
  });
  const info = stackInfoSchema.parse(JSON.parse(await firstLine));
  return { process: child, info, stdout: () => stdout };
}

async function answers(endpoint: string): Promise<boolean> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-west-1',
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
  });
  try {
    await client.send(new ListTablesCommand({}));
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

/** Polls until the endpoint stops answering; false if it still answers after `timeoutMs`. */
async function goesQuiet(endpoint: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await answers(endpoint))) return true;
    await new Promise((wake) => setTimeout(wake, 200));
  }
  return false;
}

function storeAt(endpoint: string, tableName: string): DynamoMatchStore {
  const { document } = createDynamoClients({ endpoint, credentials: LOCAL_CREDENTIALS });
  return new DynamoMatchStore({ client: document, tableName });
}

describe('npm run local (local/stack.ts)', () => {
  let dataDir: string;
  let running: RunningStack | undefined;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'babyfoot-stack-'));
  });
  afterEach(async () => {
    if (running?.process.exitCode === null && running.process.signalCode === null) {
      running.process.kill('SIGKILL');
      await goesQuiet(running.info.dynamodb, 15_000);
    }
    running = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints one JSON line, keeps data across restarts and exits cleanly on SIGTERM', async () => {
    running = await runStack(dataDir);
    expect(running.info).toEqual({
      dynamodb: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      table: 'babyfoot',
      mqtt: expect.stringMatching(/^mqtt:\/\/127\.0\.0\.1:\d+$/),
      iotData: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      thing: 'babyfoot-local',
      web: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    });
    const board = await fetch(running.info.web);
    expect(board.status).toBe(200);
    expect(await board.text()).toMatch(/<html[^>]*>/);
    await storeAt(running.info.dynamodb, 'babyfoot').save('babyfoot-local', 0, {
      leagueId: 'acct',
      match: newSinglesMatch('kept'),
    });

    running.process.kill('SIGTERM');
    const [code] = await once(running.process, 'exit');
    expect(code).toBe(0);
    expect(running.stdout().split('\n')).toEqual([JSON.stringify(running.info), '']);
    expect(await answers(running.info.dynamodb)).toBe(false);

    running = await runStack(dataDir);
    const live = await storeAt(running.info.dynamodb, 'babyfoot').load('babyfoot-local');
    expect(live.match?.id).toBe('kept');
    running.process.kill('SIGINT');
    expect((await once(running.process, 'exit'))[0]).toBe(0);
  }, 90_000);

  it('leaves no DynamoDB Local behind when the stack process is killed outright', async () => {
    running = await runStack(dataDir);

    running.process.kill('SIGKILL');
    await once(running.process, 'exit');

    expect(await goesQuiet(running.info.dynamodb, 15_000)).toBe(true);
  }, 60_000);
});
