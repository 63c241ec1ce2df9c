import { randomUUID } from 'node:crypto';
import { Socket } from 'node:net';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { IoTDataPlaneClient } from '@aws-sdk/client-iot-data-plane';
import type { MqttClient } from 'mqtt';
import { z } from 'zod';
import { type Backend, createBackend } from '../lambda/src/backend';
import { startMatch } from '../lambda/src/domain/match/start-match';
import { memoryLogger } from '../lambda/src/logger';
import { IotShadowPublisher } from '../lambda/src/shadow/shadow-publisher';
import { createDynamoClients } from '../lambda/src/store/dynamo-clients';
import { ensureTable, LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from '../local/dynamodb';
import { connectTestClient } from '../local/iot/mqtt-test-client';
import type { LocalIot } from '../local/iot/start-local-iot';
import { iotService } from '../local/start-stack';

const LATENCY_WARMUP = 20;
const LATENCY_GOALS = Number(process.env.BENCH_GOALS ?? 300);
const THROUGHPUT_GOALS = Number(process.env.BENCH_THROUGHPUT_GOALS ?? 800);
/** Goals per match in these runs: the highest target, so a match rarely ends mid-run. */
const TARGET = 99;

const deltaSchema = z.object({
  state: z.object({ match: z.object({ score: z.object({ red: z.number(), blue: z.number() }) }).optional() }),
});

/** Counts the SDK commands a client sends, by name, with a middleware like bench/meter.ts. */
class CallTally {
  readonly calls = new Map<string, number>();
  watchDynamo(client: DynamoDBClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        this.count(context.commandName);
        return next(args);
      },
      { step: 'initialize', name: 'benchGoalCallTally' },
    );
  }
  watchIotData(client: IoTDataPlaneClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        this.count(context.commandName);
        return next(args);
      },
      { step: 'initialize', name: 'benchGoalCallTally' },
    );
  }
  private count(commandName: string | undefined): void {
    const name = (commandName ?? 'Unknown').replace(/Command$/, '');
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
  }
  reset(): void {
    this.calls.clear();
  }
  perGoal(goals: number): string {
    return (
      [...this.calls]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, count]) => `${name} ${(count / goals).toFixed(2)}`)
        .join(', ') || 'none'
    );
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] ?? Number.NaN;
}

/** A new match on `thing`, stored as a voice "start a match" would store it. */
async function newMatch(backend: Backend, thing: string): Promise<string> {
  const live = await backend.deps.matches.load(thing);
  const match = startMatch({
    id: randomUUID(),
    teams: { red: ['Alice'], blue: ['Bob'] },
    rules: { target: TARGET, winBy: 1, bestOf: 1 },
    at: Date.now(),
  });
  await backend.deps.matches.save(thing, live.version, { leagueId: 'league.bench', match });
  return match.id;
}

/**
 * Goal to shadow on the local stack: a goal event published over MQTT, through the topic rule
 * and the goal entry, until the desired score comes out on the shadow's delta topic.
 */
async function measureLatency(
  mqttUrl: string,
  backend: Backend,
  dynamo: CallTally,
  iotData: CallTally,
  iot: LocalIot,
) {
  const thing = 'bench-latency';
  const table: MqttClient = await connectTestClient(mqttUrl, { clientId: 'bench-table' });
  // As the bridge does: each goal leaves at once rather than behind Nagle's algorithm.
  const socket: unknown = table.stream;
  if (socket instanceof Socket) socket.setNoDelay(true);
  const deltas: Array<{ red: number; blue: number }> = [];
  let wake: (() => void) | undefined;
  table.on('message', (_topic, payload) => {
    const score = deltaSchema.safeParse(JSON.parse(payload.toString('utf8'))).data?.state.match?.score;
    if (score) deltas.push(score);
    wake?.();
  });
  await table.subscribeAsync(`$aws/things/${thing}/shadow/update/delta`, { qos: 1 });
  const samples: number[] = [];
  let matchId = await newMatch(backend, thing);
  let reds = 0;
  let goalsMeasured = 0;
  try {
    for (let goal = 0; goal < LATENCY_WARMUP + LATENCY_GOALS; goal++) {
      if (reds === TARGET - 1) {
        matchId = await newMatch(backend, thing);
        reds = 0;
      }
      const measured = goal >= LATENCY_WARMUP;
      if (goal === LATENCY_WARMUP) {
        dynamo.reset();
        iotData.reset();
      }
      reds += 1;
      const expected = reds;
      const start = performance.now();
      await table.publishAsync(
        `babyfoot/${thing}/events/goal`,
        JSON.stringify({ eventId: randomUUID(), matchId, team: 'red', at: Date.now() }),
        { qos: 1 },
      );
      while (!deltas.some((score) => score.red === expected)) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      if (measured) {
        samples.push(performance.now() - start);
        goalsMeasured += 1;
      }
      deltas.length = 0;
      await iot.rulesIdle();
    }
  } finally {
    await table.endAsync();
  }
  const sorted = samples.sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    n: sorted.length,
    dynamoCalls: dynamo.perGoal(goalsMeasured),
    iotCalls: iotData.perGoal(goalsMeasured),
  };
}

/** Goals per second through the goal entry itself: `tables` tables, `inFlight` goals at once on each. */
async function measureThroughput(backend: Backend, tables: number, inFlight: number) {
  const things = Array.from(
    { length: tables },
    (_, i) => `bench-throughput-${randomUUID().slice(0, 6)}-${i}`,
  );
  const goalsOnEach = Math.floor(THROUGHPUT_GOALS / tables);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  let counted = 0;
  await Promise.all(
    things.map(async (thing) => {
      let matchId = await newMatch(backend, thing);
      let onMatch = 0;
      for (let sent = 0; sent < goalsOnEach; sent += inFlight) {
        const batch = Math.min(inFlight, goalsOnEach - sent);
        // A new match before this one is won, so that every goal sent is counted.
        if (onMatch + batch >= TARGET) {
          matchId = await newMatch(backend, thing);
          onMatch = 0;
        }
        onMatch += batch;
        const outcomes = await Promise.all(
          Array.from({ length: batch }, () =>
            backend.goalEventHandler({
              eventId: randomUUID(),
              matchId,
              team: 'red',
              at: Date.now(),
              thingName: thing,
            }),
          ),
        );
        counted += outcomes.filter((outcome) => outcome.status === 'counted').length;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    goals: counted,
    perSecond: counted / seconds,
    cpuMsPerGoal: (cpu.user + cpu.system) / 1000 / counted,
  };
}

/** `npm run bench` section: goal-to-shadow latency, goals per second, calls per goal. */
export async function runGoalToShadowBench(): Promise<void> {
  const dynamodbLocal = await startDynamoDbLocal();
  const dynamoTally = new CallTally();
  const iotTally = new CallTally();
  let iot: LocalIot | undefined;
  const table = `bench-goals-${randomUUID().slice(0, 8)}`;
  await ensureTable(dynamodbLocal.endpoint, table);
  const stack = await iotService({
    log: memoryLogger(),
    probes: {
      dynamoClient: (client) => dynamoTally.watchDynamo(client),
      iotDataClient: (client) => iotTally.watchIotData(client),
      localIot: (started) => {
        iot = started;
      },
    },
  }).start({ info: { dynamodb: dynamodbLocal.endpoint, table }, env: {} });
  const aws = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const clients = createDynamoClients({ ...aws, endpoint: dynamodbLocal.endpoint });
  const shadows = new IotShadowPublisher({ ...aws, endpoint: stack.info.iotData, log: memoryLogger() });
  try {
    if (!iot) throw new Error('the local IoT did not start');
    // The goal entry as the rule runs it, for the direct loops: same code, its own clients.
    const backend = createBackend({
      config: { tableName: table },
      dynamo: clients.document,
      log: memoryLogger(),
      shadows,
    });
    const latency = await measureLatency(stack.info.mqtt ?? '', backend, dynamoTally, iotTally, iot);
    const runs = [
      { label: '1 table, one goal at a time', ...(await measureThroughput(backend, 1, 1)) },
      { label: '1 table, 4 goals at once', ...(await measureThroughput(backend, 1, 4)) },
      { label: '8 tables, one goal at a time each', ...(await measureThroughput(backend, 8, 1)) },
    ];
    console.log('\nGoal to shadow (local stack: MQTT goal event → topic rule → goal entry → shadow delta)');
    console.log(
      `  latency over ${latency.n} goals after ${LATENCY_WARMUP} warm-up: p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms`,
    );
    console.log(`  DynamoDB calls per goal: ${latency.dynamoCalls}`);
    console.log(`  IoT data-plane calls per goal: ${latency.iotCalls}`);
    console.log('Goal entry throughput (goalEventHandler in a loop, one Node process, shadow published):');
    for (const run of runs) {
      console.log(
        `  ${run.label.padEnd(36)} ${run.perSecond.toFixed(0).padStart(5)} goals/s  (${run.goals} goals, ${run.cpuMsPerGoal.toFixed(2)} ms CPU per goal in this process, local IoT emulator included)`,
      );
    }
  } finally {
    shadows.destroy();
    clients.dynamodb.destroy();
    await stack.stop();
    await dynamodbLocal.stop();
  }
}
