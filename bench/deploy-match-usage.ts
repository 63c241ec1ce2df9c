import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import mqtt from 'mqtt';
import { z } from 'zod';
import { startBridge } from '../device-bridge/src/bridge';
import { parseBridgeConfig } from '../device-bridge/src/config';
import { silentLog } from '../device-bridge/src/log';
import { tableTopics } from '../device-bridge/src/mqtt/topics';
import { createBackend } from '../lambda/src/backend';
import type { GoalEventHandler } from '../lambda/src/goal-events';
import { memoryLogger } from '../lambda/src/logger';
import { IotShadowPublisher } from '../lambda/src/shadow/shadow-publisher';
import { createDynamoClients } from '../lambda/src/store/dynamo-clients';
import { DynamoMatchStore } from '../lambda/src/store/dynamo-match-store';
import { SimulatedEchoDevice } from '../local/alexa';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../local/dynamodb';
import { startLocalIot } from '../local/iot/start-local-iot';

/** What one match costs in billable units, as measured on the local stack. */
export interface MatchUsage {
  lambdaInvocations: number;
  /** Summed handler time of those invocations. */
  lambdaMs: number;
  readUnits: number;
  writeUnits: number;
  /** MQTT messages from and to the table (a QoS 1 delivery's PUBACK is metered as one too). */
  iotMessages: number;
  /** Shadow reads and writes, over HTTP (backend) and MQTT (table). */
  shadowOperations: number;
  /** Rules triggered; each runs one action. */
  rulesTriggered: number;
}

const capacitySchema = z.object({ CapacityUnits: z.number().optional() });
const consumedSchema = z.object({
  ConsumedCapacity: z.union([capacitySchema, z.array(capacitySchema)]).optional(),
});
const READS = new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand']);

/** Sums the capacity units DynamoDB reports for every request the client sends. */
export function meterCapacity(client: DynamoDBClient): { read: number; write: number } {
  const units = { read: 0, write: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      Object.assign(args.input, { ReturnConsumedCapacity: 'TOTAL' });
      const result = await next(args);
      const consumed = consumedSchema.safeParse(result.output).data?.ConsumedCapacity ?? [];
      const total = [consumed].flat().reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      const command = context.commandName ?? '';
      // DynamoDB Local reports one unit per item of a transaction; DynamoDB bills two.
      const factor = command.startsWith('Transact') ? 2 : 1;
      if (READS.has(command)) units.read += total * factor;
      else units.write += total * factor;
      return result;
    },
    { step: 'initialize', name: 'benchCapacityMeter' },
  );
  return units;
}

const THING = 'babyfoot-bench';
const SKILL_ID = 'amzn1.ask.skill.babyfoot-bench';
/** An office match: started by voice, goals from the table's sensors (10–4), the score asked twice. */
const GOALS: ReadonlyArray<'red' | 'blue'> = [
  'red',
  'red',
  'blue',
  'red',
  'red',
  'blue',
  'red',
  'red',
  'blue',
  'red',
  'red',
  'blue',
  'red',
  'red',
];

async function until(
  condition: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Plays `matches` office matches on DynamoDB Local and the local IoT Core, with the real
 * bridge as the table, and returns the billable units of one match (mean).
 */
export async function measureMatchUsage(
  dynamodbEndpoint: string,
  tableName: string,
  matches: number,
): Promise<MatchUsage> {
  const local = { endpoint: dynamodbEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const metered = createDynamoClients(local);
  const observer = createDynamoClients(local);
  const capacity = meterCapacity(metered.dynamodb);
  let goalEvents: GoalEventHandler | undefined;
  const handlerMs = { total: 0 };
  const timed =
    <E, R>(handler: (event: E) => Promise<R>) =>
    async (event: E) => {
      const start = performance.now();
      try {
        return await handler(event);
      } finally {
        handlerMs.total += performance.now() - start;
      }
    };
  const iot = await startLocalIot({
    rules: [
      {
        topicFilter: 'babyfoot/+/events/goal',
        handle: async (event) => {
          if (!goalEvents) throw new Error('The goal entry is not ready yet');
          return goalEvents(event);
        },
      },
    ],
    log: () => {},
  });
  const outbox = mkdtempSync(join(tmpdir(), 'babyfoot-bench-outbox-'));
  const shadows = new IotShadowPublisher({
    log: memoryLogger(),
    endpoint: iot.iotDataUrl,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const backend = createBackend({
    config: { tableName, defaultThingName: THING, skillId: SKILL_ID },
    dynamo: metered.document,
    shadows,
    log: memoryLogger(),
  });
  goalEvents = timed(backend.goalEventHandler);
  let voiceTurns = 0;
  const device = new SimulatedEchoDevice({
    locale: 'en-US',
    skillId: SKILL_ID,
    userId: 'amzn1.ask.account.bench',
    deviceId: 'amzn1.ask.device.bench',
    invoke: (envelope) => {
      voiceTurns++;
      return timed(backend.handler)(envelope);
    },
  });
  const topics = tableTopics(THING);
  const watcher = await mqtt.connectAsync(iot.mqttUrl, { clientId: 'bench-delivery-meter' });
  let deliveries = 0;
  watcher.on('message', () => deliveries++);
  await watcher.subscribeAsync(
    [
      topics.shadowGetAccepted,
      topics.shadowGetRejected,
      topics.shadowUpdateAccepted,
      topics.shadowUpdateRejected,
      topics.shadowUpdateDelta,
    ],
    { qos: 1 },
  );
  // A 1 ms debounce: the bench's balls come faster than real ones, and two in a row are not a bounce.
  const bridge = await startBridge(
    parseBridgeConfig({ thingName: THING, endpoint: iot.mqttUrl, outboxDir: outbox, debounceMs: 1 }),
    { log: silentLog, display: { show() {} } },
  );
  const live = new DynamoMatchStore({ client: observer.document, tableName });
  const goalsStored = async () => (await live.load(THING)).match?.goals.length ?? -1;
  const quiet = async () => {
    // Everything a change sets off (delta, the table's report, its acceptance) has arrived.
    let last = '';
    await until(async () => {
      await iot.rulesIdle();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = JSON.stringify([deliveries, iot.stats()]);
      const settled = now === last;
      last = now;
      return settled;
    }, 'the stack to settle');
  };

  try {
    await until(() => bridge.view().connection === 'online', 'the table to connect');
    await quiet();
    const before = { ...capacity, deliveries, stats: iot.stats(), voiceTurns, ms: handlerMs.total };
    for (let match = 0; match < matches; match++) {
      await device.say('ask baby foot to start a match between Alice and Bob');
      await until(() => bridge.view().phase === 'PLAYING', 'the table to show the match');
      for (const [index, team] of GOALS.entries()) {
        bridge.fireGoal(team);
        await until(async () => (await goalsStored()) === index + 1, `goal ${index + 1}`);
        await quiet();
        if (index === 5 || index === 10) await device.say("ask baby foot what's the score");
      }
      await until(() => bridge.view().phase === 'FINISHED', 'the table to show the result');
      await quiet();
    }
    const stats = iot.stats();
    const delta = (name: string) => ((stats[name] ?? 0) - (before.stats[name] ?? 0)) / matches;
    const published = delta('mqtt.publish');
    const received = (deliveries - before.deliveries) / matches;
    return {
      lambdaInvocations: (voiceTurns - before.voiceTurns) / matches + delta('rule.invoke'),
      lambdaMs: (handlerMs.total - before.ms) / matches,
      readUnits: (capacity.read - before.read) / matches,
      writeUnits: (capacity.write - before.write) / matches,
      iotMessages: published + 2 * received,
      shadowOperations:
        delta('UpdateThingShadow') +
        delta('GetThingShadow') +
        delta('mqtt.shadow.update') +
        delta('mqtt.shadow.get'),
      rulesTriggered: delta('rule.invoke'),
    };
  } finally {
    await bridge.stop();
    await watcher.endAsync();
    await iot.stop();
    shadows.destroy();
    metered.dynamodb.destroy();
    observer.dynamodb.destroy();
    rmSync(outbox, { recursive: true, force: true });
  }
}
