import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { LiveTable } from '../../lambda/src/store/ports';
import { fireGoals, type StackTable, startStackTable, until } from './support/stack-table';

/**
 * Faults through the whole local stack: DynamoDB Local, the local IoT Core (broker, shadow,
 * topic rules with Lambda's asynchronous retries), the real bridge and the goal entry. Each
 * test asserts the final score, the events counted once, the shadow and the history.
 */
describe('faults on the way from the table to the score', { timeout: 60_000 }, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function stackTable(...args: Parameters<typeof startStackTable>): Promise<StackTable> {
    const stack = await startStackTable(...args);
    cleanups.push(() => stack.stop());
    return stack;
  }

  async function live(stack: StackTable): Promise<LiveTable> {
    return stack.voice.deps.matches.load(stack.thing);
  }

  async function desiredMatch(stack: StackTable): Promise<Record<string, unknown>> {
    const document = await stack.shadow();
    return z
      .object({ state: z.object({ desired: z.object({ match: z.record(z.string(), z.unknown()) }) }) })
      .parse(document).state.desired.match;
  }

  /** Asserts what a player would check at the end: the score, each goal once, the shadow, the history. */
  async function expectFinished(stack: StackTable, score: { red: number; blue: number }, goals: number) {
    await until(async () => (await live(stack)).match?.status === 'finished', 'the match to finish');
    const { match } = await live(stack);
    expect(match?.score).toEqual(score);
    expect(match?.goals).toHaveLength(goals);
    expect(new Set(match?.seenEventIds).size).toBe(goals);
    await stack.iot.rulesIdle();
    expect(stack.iot.deadLetters()).toEqual([]);
    await until(async () => (await desiredMatch(stack)).status === 'finished', 'the shadow to show the end');
    expect(await desiredMatch(stack)).toMatchObject({ status: 'finished', winner: 'red', score });
    const history = await stack.history();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ winner: 'red', goals: score });
  }

  async function startMatch(stack: StackTable, target = 5): Promise<void> {
    expect(await stack.say(`ask baby foot to start a match to ${target} between Alice and Bob`)).toMatch(
      /^Match on!/,
    );
  }

  it('survives a broker restart mid-match: goals scored while it was down arrive once', async () => {
    const stack = await stackTable();
    await startMatch(stack);
    const { bridge } = await stack.startBridge();
    await until(() => bridge.view().phase === 'PLAYING', 'the table to show the match');
    await fireGoals(bridge, 'rr');
    await until(async () => (await live(stack)).match?.score.red === 2, 'two goals counted');

    await stack.iot.stopBroker();
    await until(() => bridge.view().connection === 'offline', 'the table to notice');
    await fireGoals(bridge, 'br');
    // Each goal is fsync'ed to the outbox before anything else: wait for both files.
    await until(() => bridge.pendingGoals() === 2, 'both goals stored in the outbox');
    await stack.iot.startBroker();
    await until(() => bridge.pendingGoals() === 0, 'the outbox to drain');
    // The broker's acknowledgement is not the backend's count (the rule runs asynchronously):
    // wait for both goals to be counted, as players would not score again within milliseconds.
    await until(async () => {
      const score = (await live(stack)).match?.score;
      return score?.red === 3 && score.blue === 1;
    }, 'both stored goals counted');
    await fireGoals(bridge, 'rr');

    await expectFinished(stack, { red: 5, blue: 1 }, 6);
    await until(
      () => bridge.view().phase === 'FINISHED' && bridge.view().match?.winner === 'red',
      'the table to show the winner',
    );
  });

  it('survives the bridge killed with goals in its outbox and restarted on the same outbox', async () => {
    const stack = await stackTable();
    await startMatch(stack, 4);
    const dir = await mkdtemp(join(tmpdir(), 'stack-cli-'));
    const configPath = join(dir, 'bridge.json');
    await writeFile(
      configPath,
      JSON.stringify({
        thingName: stack.thing,
        endpoint: stack.iot.mqttUrl,
        outboxDir: 'outbox',
        debounceMs: 20,
        reconnect: { minMs: 50, maxMs: 200 },
      }),
    );
    const first = startCli(configPath);
    cleanups.push(() => stopCli(first.child));
    await until(() => first.output().includes('[PLAYING]'), 'the table to show the match');
    await pressKeys(first.child, 'r');
    await until(async () => (await live(stack)).match?.score.red === 1, 'the first goal counted');

    // The broker goes away, two goals wait in the outbox, then the process dies without warning.
    await stack.iot.stopBroker();
    await until(() => first.output().includes('offline'), 'the table to go offline');
    await pressKeys(first.child, 'rb');
    await until(() => first.output().includes('2 goal(s) waiting'), 'both goals stored');
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    expect((await readdir(join(dir, 'outbox'))).filter((name) => name.endsWith('.goal.json'))).toHaveLength(
      2,
    );
    await stack.iot.startBroker();

    const second = startCli(configPath);
    cleanups.push(() => stopCli(second.child));
    // Goals reach the backend in no guaranteed order (IoT Core, asynchronous Lambda): wait for both
    // re-sent goals before scoring the winners, as players would not score within milliseconds.
    await until(async () => {
      const score = (await live(stack)).match?.score;
      return score?.red === 2 && score.blue === 1;
    }, 'both stored goals re-sent');
    await pressKeys(second.child, 'rr');

    await expectFinished(stack, { red: 4, blue: 1 }, 5);
    await until(() => second.output().includes('RED WINS'), 'the restarted table to show the winner');
  });

  it('lands each goal once when DynamoDB throttles writes, retried by the SDK or by Lambda', async () => {
    // A goal's write fails twice (the SDK retries it), another's four times in a row (more than
    // the SDK's 3 attempts: the goal entry fails and the rule's asynchronous retry runs it again).
    const throttle: { failures: number[]; injected: number } = { failures: [], injected: 0 };
    const stack = await stackTable({ dynamoClient: (client) => injectThrottling(client, throttle) });
    await startMatch(stack, 3);
    const { bridge } = await stack.startBridge();
    await until(() => bridge.view().phase === 'PLAYING', 'the table to show the match');
    // The table asks for a pairing code when it connects: that write is not the one to throttle.
    await until(() => bridge.view().pairing !== undefined, 'the pairing code');

    throttle.failures = [2];
    await fireGoals(bridge, 'r');
    await until(async () => (await live(stack)).match?.score.red === 1, 'the first goal counted');
    throttle.failures = [4];
    await fireGoals(bridge, 'b');
    await until(async () => (await live(stack)).match?.score.blue === 1, 'the throttled goal counted');
    throttle.failures = [2];
    await fireGoals(bridge, 'rr');

    await expectFinished(stack, { red: 3, blue: 1 }, 4);
    expect(throttle.injected).toBe(8);
    expect(stack.iot.stats()['rule.retry']).toBeGreaterThanOrEqual(1);
  });

  it('leaves the shadow on the final score when goals are handled at the same moment', async () => {
    const stack = await stackTable();
    await startMatch(stack, 10);
    const matchId = (await live(stack)).match?.id ?? '';

    await Promise.all(
      ['red', 'blue', 'red', 'red', 'blue', 'red'].map((team, i) =>
        stack.voice.goalEventHandler({ eventId: `e${i}`, matchId, team, at: i, thingName: stack.thing }),
      ),
    );

    expect((await live(stack)).match?.score).toEqual({ red: 4, blue: 2 });
    expect(await desiredMatch(stack)).toMatchObject({ score: { red: 4, blue: 2 } });
  });
});

/** Makes the next write commands fail with DynamoDB's throttling errors, as AWS would under load. */
function injectThrottling(client: DynamoDBClient, throttle: { failures: number[]; injected: number }): void {
  let streak = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const isWrite = /Put|Update|Delete|TransactWrite/.test(context.commandName ?? '');
      const wanted = throttle.failures[0];
      if (isWrite && wanted !== undefined) {
        if (streak < wanted) {
          streak += 1;
          throttle.injected += 1;
          const name = streak % 2 === 0 ? 'ThrottlingException' : 'ProvisionedThroughputExceededException';
          throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
            name,
            $fault: 'client',
            $metadata: { httpStatusCode: 400 },
          });
        }
        throttle.failures.shift();
        streak = 0;
      }
      return next(args);
    },
    // Below the SDK's retry middleware, so each attempt goes through it.
    { step: 'deserialize', name: 'throttleWrites' },
  );
}

function startCli(configPath: string): { child: ChildProcess; output: () => string } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'device-bridge/src/main.ts', '--config', configPath],
    { stdio: ['pipe', 'pipe', 'ignore'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

async function pressKeys(child: ChildProcess, keys: string): Promise<void> {
  for (const key of keys) {
    child.stdin?.write(key);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
}

async function stopCli(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
