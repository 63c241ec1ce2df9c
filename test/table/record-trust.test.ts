import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { IoTDataPlaneClient, UpdateThingShadowCommand } from '@aws-sdk/client-iot-data-plane';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { MqttClient } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBackend } from '../../lambda/src/backend';
import { IotShadowPublisher } from '../../lambda/src/shadow/shadow-publisher';
import { statsKey } from '../../lambda/src/store/table-layout';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/dynamodb';
import { connectTestClient } from '../../local/iot/mqtt-test-client';
import { createTestTable } from '../support/dynamodb';
import { newEcho } from '../support/simulated-echo';
import { TEST_SKILL_ID } from '../support/skill-device';
import { LEAGUE, PLAYER, type StackTable, startStackTable, until } from './support/stack-table';

const desiredSchema = z.object({
  state: z.object({ desired: z.object({ match: z.record(z.string(), z.unknown()), revision: z.number() }) }),
});

/**
 * The record holds in the faults a real table meets: goals delivered out of order after an
 * outage, a table clock that was never set, a display that missed an update, an aggregate
 * that cannot be read. The table here is a firmware written from the device protocol alone:
 * an MQTT client publishing goal events (with the optional `seq`) on the local IoT Core.
 */
describe('a record to trust', { timeout: 60_000 }, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function stackWithFirmware(): Promise<{ stack: StackTable; firmware: Firmware }> {
    const stack = await startStackTable();
    cleanups.push(() => stack.stop());
    const client = await connectTestClient(stack.iot.mqttUrl, { clientId: stack.thing });
    cleanups.push(() => client.endAsync());
    return { stack, firmware: new Firmware(client, stack) };
  }

  async function desired(stack: StackTable) {
    return desiredSchema.parse(await stack.shadow()).state.desired;
  }

  it('gives the match to the goal scored first at 9–9, delivered second: shadow, history and rankings', async () => {
    // Prepare: 9–9, every goal stamped by the table's clock a second apart.
    const { stack, firmware } = await stackWithFirmware();
    await stack.say('ask baby foot to start a match between Alice and Bob');
    const start = Date.now() - 60_000;
    for (let i = 0; i < 18; i++) await firmware.goal(i % 2 === 0 ? 'red' : 'blue', start + i * 1000);
    await firmware.counted(18);

    // Act: red scored at +18 s, blue at +19 s; the outbox re-sends them in reverse order.
    await firmware.goal('blue', start + 19_000, 20);
    await until(async () => (await firmware.live())?.status === 'finished', 'blue to win on arrival order');
    await firmware.goal('red', start + 18_000, 19);
    await until(async () => (await firmware.live())?.winner === 'red', 'the replay to give red the match');

    // Assess
    expect(await firmware.live()).toMatchObject({
      status: 'finished',
      winner: 'red',
      score: { red: 10, blue: 9 },
    });
    await until(async () => (await desired(stack)).match.winner === 'red', 'the shadow to show red winning');
    const history = await stack.history();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ winner: 'red', goals: { red: 10, blue: 9 } });
    expect(await stack.say('ask baby foot for the rankings')).toMatch(
      /^Rankings by wins: 1st, Alice\b.*\b1 win\b.*2nd, Bob\b/s,
    );
  });

  it('orders goals of the same table time by their seq', async () => {
    const { stack, firmware } = await stackWithFirmware();
    await stack.say('ask baby foot to start a match to 2 between Alice and Bob');
    const at = Date.now() - 10_000;
    await firmware.goal('red', at - 1000, 1);
    await firmware.goal('blue', at - 500, 2);
    await firmware.counted(2);

    await firmware.goal('blue', at, 4);
    await until(async () => (await firmware.live())?.winner === 'blue', 'blue to win on arrival');
    await firmware.goal('red', at, 3);

    await until(async () => (await firmware.live())?.winner === 'red', 'red, seq 3, to win');
    expect((await stack.history())[0]).toMatchObject({ winner: 'red', goals: { red: 2, blue: 1 } });
  });

  it('files a match this month when the table clock says 1970', async () => {
    const { stack, firmware } = await stackWithFirmware();
    await stack.say('ask baby foot to start a match to 3 between Alice and Bob');

    for (let seq = 1; seq <= 3; seq++) await firmware.goal('red', 5000, seq);

    await until(async () => (await firmware.live())?.status === 'finished', 'the match to finish');
    const [result] = await stack.history();
    const now = new Date();
    const finished = new Date(result?.finishedAt ?? 0);
    expect([finished.getUTCFullYear(), finished.getUTCMonth()]).toEqual([
      now.getUTCFullYear(),
      now.getUTCMonth(),
    ]);
    expect(stack.log.lines).toContainEqual(
      expect.objectContaining({ message: 'table clock off: goal timed on arrival' }),
    );
    expect(await stack.say('ask baby foot for the rankings this month')).toMatch(/Alice/);
  });

  it('repairs a stale display when the table sends a goal again', async () => {
    // Prepare: a goal counted, then the shadow left behind (an update that never arrived).
    const { stack, firmware } = await stackWithFirmware();
    await stack.say('ask baby foot to start a match between Alice and Bob');
    const eventId = await firmware.goal('red', Date.now());
    await firmware.counted(1);
    await until(async () => (await desired(stack)).match.score !== undefined, 'the shadow to show the goal');
    const stale = await desired(stack);
    await firmware.writeShadow({
      ...stale,
      match: { ...stale.match, score: { red: 0, blue: 0 } },
      revision: 1,
    });
    expect((await desired(stack)).match.score).toEqual({ red: 0, blue: 0 });

    // Act: the bridge re-sends the same event (its outbox never got the acknowledgement).
    await firmware.resend(eventId);

    // Assess
    await until(
      async () => z.object({ red: z.literal(1) }).safeParse((await desired(stack)).match.score).success,
      'the duplicate to repair the shadow',
    );
    expect((await firmware.live())?.score).toEqual({ red: 1, blue: 0 });
  });

  it('finishes a match whose stats item cannot be read, and rebuilds the stats from the history', async () => {
    // Prepare: the account's all-time document holds garbage.
    const { stack, firmware } = await stackWithFirmware();
    await stack.table.document.send(
      new PutCommand({
        TableName: stack.table.tableName,
        Item: { ...statsKey(LEAGUE, 'all'), version: 3, document: new Uint8Array(gzipSync('{"broken":')) },
      }),
    );
    await stack.say('ask baby foot to start a match to 2 between Alice and Bob');

    // Act
    await firmware.goal('red', Date.now() - 1000, 1);
    await firmware.goal('red', Date.now(), 2);

    // Assess
    await until(async () => (await firmware.live())?.status === 'finished', 'the match to finish');
    expect(await stack.history()).toHaveLength(1);
    expect(stack.log.lines).toContainEqual(
      expect.objectContaining({ level: 'error', StatsMarkedForRebuild: 1, period: 'all' }),
    );
    expect(await stack.say('ask baby foot for the rankings')).toMatch(
      /^Rankings by wins: 1st, Alice\b.*\b1 win\b/s,
    );
  });
});

describe('a data plane that hangs', { timeout: 30_000 }, () => {
  let hanging: Server | undefined;
  afterEach(async () => {
    hanging?.closeAllConnections();
    await new Promise((resolve) => hanging?.close(resolve));
  });

  it('still answers a goal within 3 s, and the goal lands once', async () => {
    // Prepare: an IoT data plane that accepts connections and never answers.
    hanging = createServer(() => {});
    await new Promise<void>((resolve) => hanging?.listen(0, '127.0.0.1', resolve));
    const port = (hanging.address() as AddressInfo).port;
    const store = await createTestTable();
    const thingName = 'table-behind-a-hanging-plane';
    const log = (await import('../../lambda/src/logger')).memoryLogger();
    const shadows = new IotShadowPublisher({
      log,
      endpoint: `http://127.0.0.1:${port}`,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      retryDelaysMs: [50],
      retryDeadlineMs: 200,
    });
    const backend = createBackend({
      config: { tableName: store.tableName, skillId: TEST_SKILL_ID, defaultThingName: thingName },
      dynamo: store.document,
      log,
      shadows,
    });
    const echo = newEcho({
      locale: 'en-US',
      skillId: TEST_SKILL_ID,
      userId: PLAYER,
      invoke: backend.handler,
    });
    await echo.say('ask baby foot to start a match between Alice and Bob');

    // Act
    const started = Date.now();
    const turn = await echo.say('ask baby foot goal for the reds');
    const elapsed = Date.now() - started;

    // Assess
    expect(turn.speech).toMatch(/^Goal for Alice!/);
    expect(elapsed).toBeLessThan(3000);
    expect((await backend.deps.matches.load(thingName)).match?.goals).toHaveLength(1);
    expect(log.lines).toContainEqual(
      expect.objectContaining({ message: 'shadow update missed the turn: retried after it' }),
    );
    await shadows.settled();
    expect(log.lines.filter((line) => line.message === 'shadow update retry failed').length).toBeGreaterThan(
      0,
    );
    shadows.destroy();
  });
});

/** A table firmware written from the device protocol: goal events over MQTT, QoS 1. */
class Firmware {
  private sent = 0;
  private readonly events = new Map<string, object>();
  private readonly plane: IoTDataPlaneClient;

  constructor(
    private readonly client: MqttClient,
    private readonly stack: StackTable,
  ) {
    this.plane = new IoTDataPlaneClient({
      endpoint: stack.iot.iotDataUrl,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
  }

  async live() {
    return (await this.stack.voice.deps.matches.load(this.stack.thing)).match;
  }

  /** Publishes one goal event and waits for the rule to hand it to the backend; returns its eventId. */
  async goal(team: 'red' | 'blue', at: number, seq?: number): Promise<string> {
    const matchId = (await this.live())?.id ?? 'no-match';
    this.sent += 1;
    const eventId = `fw-${this.sent}-${team}`;
    const event = { eventId, matchId, team, at, ...(seq === undefined ? {} : { seq }) };
    this.events.set(eventId, event);
    await this.publish(event);
    return eventId;
  }

  async resend(eventId: string): Promise<void> {
    const event = this.events.get(eventId);
    if (!event) throw new Error(`no event ${eventId}`);
    await this.publish(event);
  }

  /** Waits until the live match holds `goals` goals. */
  async counted(goals: number): Promise<void> {
    await until(async () => (await this.live())?.goals.length === goals, `${goals} goals counted`);
  }

  async writeShadow(desired: object): Promise<void> {
    await this.plane.send(
      new UpdateThingShadowCommand({
        thingName: this.stack.thing,
        payload: new TextEncoder().encode(JSON.stringify({ state: { desired } })),
      }),
    );
  }

  private async publish(event: object): Promise<void> {
    const before = this.stack.iot.stats()['rule.invoke'] ?? 0;
    await this.client.publishAsync(`babyfoot/${this.stack.thing}/events/goal`, JSON.stringify(event), {
      qos: 1,
    });
    await until(async () => (this.stack.iot.stats()['rule.invoke'] ?? 0) > before, 'the rule to run');
    await this.stack.iot.rulesIdle();
  }
}
