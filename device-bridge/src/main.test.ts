import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Aedes } from 'aedes';
import { afterEach, describe, expect, it } from 'vitest';
import { goalEventSchema } from './outbox/goal-event';
import { FakeCloud } from './test-support/fake-cloud';
import { startTestBridge } from './test-support/start-test-bridge';
import { startTestBroker, type TestBroker } from './test-support/test-broker';

const THING = 'babyfoot-crash-1';
const match = {
  id: 'match-9',
  status: 'in_progress',
  mode: 'singles',
  target: 10,
  winBy: 1,
  bestOf: 1,
  teams: { red: ['Alice'], blue: ['Bob'] },
  score: { red: 0, blue: 0 },
  games: { red: 0, blue: 0 },
};

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function startCli(
  configPath: string,
  env: NodeJS.ProcessEnv = process.env,
): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--config', configPath], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return { child, output: () => output };
}

async function goalFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.goal.json'));
}

describe('the bridge CLI killed with a goal pending', () => {
  it('sends the same goal after a restart on the same outbox, and numbers the next one after it', async () => {
    // Prepare: a broker that takes goals but never acknowledges them, and a match running
    const broker: TestBroker = await startTestBroker();
    cleanups.push(() => broker.close());
    const cloud = await FakeCloud.connect(broker.directUrl, THING);
    cleanups.push(() => cloud.close());
    cloud.desired = { match };
    broker.holdGoals = true;
    const dir = await mkdtemp(join(tmpdir(), 'bridge-crash-'));
    const outboxDir = join(dir, 'outbox');
    const configPath = join(dir, 'config.json');
    await writeFile(
      configPath,
      JSON.stringify({ thingName: THING, endpoint: broker.url, outboxDir: 'outbox' }),
    );
    const cli = startCli(configPath);
    await cloud.until(() => cli.output().includes('[PLAYING]'), 'the CLI to show the match');

    // Act: a goal from the keyboard, then the process dies without warning
    cli.child.stdin?.write('b');
    await cloud.until(() => cli.output().includes('1 goal(s) waiting to be sent'), 'the goal stored');
    const [file] = await goalFiles(outboxDir);
    const stored = goalEventSchema.parse(JSON.parse(await readFile(join(outboxDir, file ?? ''), 'utf8')));
    cli.child.kill('SIGKILL');
    await new Promise((resolve) => cli.child.once('exit', resolve));
    broker.holdGoals = false;
    const restarted = await startTestBridge(broker.url, THING, { outboxDir });
    cleanups.push(() => restarted.bridge.stop());

    // Assess
    expect(stored).toMatchObject({ matchId: 'match-9', team: 'blue', seq: 1 });
    await cloud.until(() => cloud.goals().length > 0, 'the goal re-sent');
    expect(cloud.goals()).toEqual([stored]);
    await cloud.until(() => restarted.bridge.pendingGoals() === 0, 'the outbox to empty');
    expect(await goalFiles(outboxDir)).toEqual([]);
    await cloud.until(() => restarted.bridge.view().phase === 'PLAYING', 'the match after the restart');
    restarted.bridge.fireGoal('red');
    await cloud.until(() => cloud.goals().length === 2, 'a goal after the restart');
    expect(cloud.goals()[1]).toMatchObject({ team: 'red', seq: 2 });
  });

  it('exits with a clear message for a bad config', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bridge-config-'));
    const configPath = join(dir, 'config.json');
    await writeFile(
      configPath,
      JSON.stringify({ thingName: 'bad name', endpoint: 'mqtt://127.0.0.1:1', outboxDir: 'o' }),
    );

    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--config', configPath]);
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));

    expect(code).toBe(2);
    expect(errors).toContain('thingName: thing names may only hold letters');
  });

  it('keeps the goals in its outbox when the config is bad', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bridge-config-'));
    await mkdir(join(dir, 'outbox'));
    const goal = JSON.stringify({ eventId: 'e-1', matchId: 'm', team: 'red', at: 1, seq: 4 });
    await writeFile(join(dir, 'outbox', '0000000004-e-1.goal.json'), goal);
    const configPath = join(dir, 'config.json');
    await writeFile(configPath, JSON.stringify({ thingName: 'babyfoot-1', outboxDir: 'outbox' }));

    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--config', configPath]);
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));

    expect(code).toBe(2);
    expect(errors).toContain('endpoint: Invalid input');
    expect(await readFile(join(dir, 'outbox', '0000000004-e-1.goal.json'), 'utf8')).toBe(goal);
  });
});

describe('the bridge CLI whose GPIO watcher keeps dying', () => {
  it('reports the sensors unavailable in the shadow, then exits non-zero for systemd to restart it', async () => {
    // Prepare: a gpiomon that exits at once, allowed one restart
    const broker = await startTestBroker();
    cleanups.push(() => broker.close());
    const cloud = await FakeCloud.connect(broker.directUrl, THING);
    cleanups.push(() => cloud.close());
    const bin = await mkdtemp(join(tmpdir(), 'dying-gpiomon-'));
    await writeFile(
      join(bin, 'gpiomon'),
      '#!/bin/sh\nif [ "$1" = --version ]; then echo "gpiomon (libgpiod) v1.6.3"; exit 0; fi\nexit 1\n',
    );
    await chmod(join(bin, 'gpiomon'), 0o755);
    const dir = await mkdtemp(join(tmpdir(), 'bridge-gpio-'));
    const configPath = join(dir, 'config.json');
    await writeFile(
      configPath,
      JSON.stringify({
        thingName: THING,
        endpoint: broker.url,
        outboxDir: 'outbox',
        sensors: { driver: 'gpio', red: { gpioLine: 17 }, maxRestarts: 1, restartDelayMs: 200 },
      }),
    );

    // Act
    const cli = startCli(configPath, { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` });
    const code = await new Promise((resolve) => cli.child.once('exit', resolve));

    // Assess
    expect(code).toBe(1);
    expect(cloud.reported.sensors).toEqual({ red: 'unavailable', blue: 'ok' });
  });
});

describe('the bridge CLI refused by its endpoint', () => {
  it('says which endpoint refuses and why, exits 3, and keeps the goals of its outbox', async () => {
    // Prepare: a broker that refuses every CONNECT (Not authorized), and a goal left in the outbox
    const broker = await Aedes.createBroker();
    broker.authenticate = (_client, _username, _password, done) =>
      done(Object.assign(new Error('not authorized'), { returnCode: 5 as const }), false);
    const server = createServer(broker.handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      await new Promise((resolve) => server.close(resolve));
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    });
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const dir = await mkdtemp(join(tmpdir(), 'bridge-refused-'));
    await mkdir(join(dir, 'outbox'));
    const goal = JSON.stringify({ eventId: 'e-9', matchId: 'm', team: 'blue', at: 1, seq: 9 });
    await writeFile(join(dir, 'outbox', '0000000009-e-9.goal.json'), goal);
    const configPath = join(dir, 'config.json');
    await writeFile(
      configPath,
      JSON.stringify({
        thingName: THING,
        endpoint: `mqtt://127.0.0.1:${port}`,
        outboxDir: 'outbox',
        reconnect: { minMs: 20, maxMs: 50 },
      }),
    );

    // Act
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--config', configPath]);
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));

    // Assess
    expect(code).toBe(3);
    expect(errors).toMatch(
      new RegExp(`mqtt://127\\.0\\.0\\.1:${port} refuses the connection of ${THING}: .*Not authorized`),
    );
    expect(await readFile(join(dir, 'outbox', '0000000009-e-9.goal.json'), 'utf8')).toBe(goal);
  });
});
