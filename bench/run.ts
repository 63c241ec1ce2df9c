import { randomUUID } from 'node:crypto';
import { createBackend } from '../lambda/src/backend';
import { memoryLogger } from '../lambda/src/logger';
import { createDynamoClients } from '../lambda/src/store/dynamo-clients';
import { SimulatedEchoDevice } from '../local/alexa';
import { ensureTable, LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from '../local/dynamodb';
import { runDeployBench } from './deploy';
import { runGoalToShadowBench } from './goal-to-shadow';
import { runLeagueBench } from './league';
import { TurnMeter, type TurnSample } from './meter';
import { formatTable } from './report';
import { runStatsBench } from './stats';

const WARMUP_MATCHES = 20;
const MEASURED_MATCHES = Number(process.env.BENCH_MATCHES ?? 300);
const SKILL_ID = 'amzn1.ask.skill.babyfoot-bench';

/** What each kind of turn says, and what its answer must look like for the sample to count. */
const TURNS = {
  launch: { say: 'open baby foot', expect: /^Welcome/ },
  'start match': { say: 'ask baby foot to start a match between Alice and Bob', expect: /^Match on!/ },
  goal: { say: 'ask baby foot goal for the reds', expect: /Goal/ },
  score: { say: "ask baby foot what's the score", expect: /Alice leads|Match point/ },
  undo: { say: 'ask baby foot to undo the last goal', expect: /I removed the last goal/ },
  pause: { say: 'ask baby foot to pause the match', expect: /^Match paused/ },
  resume: { say: 'ask baby foot to resume the match', expect: /^Play on!/ },
  'finishing goal': { say: 'ask baby foot goal for the reds', expect: /wins the match/ },
} as const;
type TurnKind = keyof typeof TURNS;

class UnexpectedAnswerError extends Error {
  constructor(kind: string, speech: string) {
    super(`The "${kind}" turn got an unexpected answer: "${speech}"`);
    this.name = 'UnexpectedAnswerError';
  }
}

const dynamoDbLocal = await startDynamoDbLocal();
try {
  const tableName = `bench-${randomUUID().slice(0, 8)}`;
  await ensureTable(dynamoDbLocal.endpoint, tableName);
  const { dynamodb, document } = createDynamoClients({
    endpoint: dynamoDbLocal.endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const meter = new TurnMeter(dynamodb);
  const log = memoryLogger();
  const backend = createBackend({
    config: { tableName, defaultThingName: 'bench-table' },
    dynamo: document,
    log,
  });
  const device = new SimulatedEchoDevice({
    locale: 'en-US',
    skillId: SKILL_ID,
    userId: 'amzn1.ask.account.bench',
    deviceId: 'amzn1.ask.device.bench',
    invoke: meter.wrap(backend.handler),
  });
  const samples = new Map<TurnKind, TurnSample[]>(Object.keys(TURNS).map((kind) => [kind as TurnKind, []]));

  const turn = async (kind: TurnKind, record: boolean): Promise<void> => {
    const { say, expect } = TURNS[kind];
    const answer = await device.say(say);
    if (!expect.test(answer.speech)) throw new UnexpectedAnswerError(kind, answer.speech);
    if (record) samples.get(kind)?.push(meter.lastTurn());
    // Every measured turn is a one-shot: close whatever session it left open (not measured).
    if (device.sessionOpen) await device.end();
  };

  // One match to 10 with every kind of turn in it; the last goal finishes it.
  const playMatch = async (record: boolean): Promise<void> => {
    await turn('launch', record);
    await turn('start match', record);
    for (let goals = 1; goals <= 9; goals++) {
      await turn('goal', record);
      await turn('score', record);
      if (goals === 3) {
        await turn('pause', record);
        await turn('resume', record);
      }
      if (goals === 5) {
        await turn('undo', record);
        await turn('goal', record);
      }
    }
    await turn('finishing goal', record);
    log.lines.length = 0;
  };

  for (let match = 0; match < WARMUP_MATCHES; match++) await playMatch(false);
  for (let match = 0; match < MEASURED_MATCHES; match++) await playMatch(true);

  console.log(`Babyfoot backend benchmark: ${new Date().toISOString()}, Node ${process.version}`);
  console.log(
    `${MEASURED_MATCHES} matches after ${WARMUP_MATCHES} warm-up matches, DynamoDB Local in memory; time spent in the handler only\n`,
  );
  console.log(formatTable(samples));
  dynamodb.destroy();
} finally {
  await dynamoDbLocal.stop();
}

// Deployment figures: bundle size, cold start, units and cost of a match per month.
await runDeployBench();

// The table's goals: goal-to-shadow latency, goals per second, DynamoDB and IoT calls per goal.
await runGoalToShadowBench();

// Stats turns: latency with 100 and 10,000 finished matches in the history, DynamoDB reads per turn.
await runStatsBench();

// League corrections and seasons: a correction of the last and the 20th last match with 100 and
// 10,000 matches in the league, and a season close with 50 players.
await runLeagueBench();
