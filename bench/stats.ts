import { randomUUID } from 'node:crypto';
import {
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { createBackend } from '../lambda/src/backend';
import { ownLeagueOf } from '../lambda/src/domain/league/table-league';
import type { MatchResult } from '../lambda/src/domain/match/result';
import { rebuildStats } from '../lambda/src/domain/stats';
import { season } from '../lambda/src/domain/stats/test-fixtures';
import { memoryLogger } from '../lambda/src/logger';
import { createDynamoClients } from '../lambda/src/store/dynamo-clients';
import { DynamoStatsStore } from '../lambda/src/store/dynamo-stats-store';
import { historyKey } from '../lambda/src/store/table-layout';
import { SimulatedEchoDevice } from '../local/alexa';
import { ensureTable, LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from '../local/dynamodb';
import { TurnMeter, type TurnSample } from './meter';
import { formatTable } from './report';

const HISTORY_SIZES = [100, 10_000];
const WARMUP_TURNS = 50;
const MEASURED_ROUNDS = Number(process.env.BENCH_STATS_ROUNDS ?? 50);

/** Stats questions and what their answer must look like for the sample to count. */
const QUESTIONS = {
  rankings: { say: 'ask baby foot for the rankings', expect: /^Rankings by wins: 1st/ },
  'rankings this month': {
    say: 'ask baby foot for the rankings this month',
    expect: /^Rankings by wins this month/,
  },
  'number one': { say: "ask baby foot who's number one", expect: /^Number one by wins/ },
  rank: { say: "ask baby foot what's Alice's rank", expect: /^Alice is \d+(st|nd|rd|th) of 10/i },
  'player stats': { say: "ask baby foot for Hugo's stats", expect: /^Hugo: \d+ games/i },
  'head to head': {
    say: 'ask baby foot head to head Alice against Jules',
    expect: /^Alice against Jules: \d+ games/i,
  },
  prediction: {
    say: 'ask baby foot Alice and Bob against Inès and Jules, who wins?',
    expect: /^Alice and Bob against Inès and Jules: Inès and Jules, about/i,
  },
} as const;
type Question = keyof typeof QUESTIONS;

class UnexpectedAnswerError extends Error {
  constructor(question: string, speech: string) {
    super(`The "${question}" question got an unexpected answer: "${speech}"`);
    this.name = 'UnexpectedAnswerError';
  }
}

const accountOf = (size: number) => `amzn1.ask.account.bench-stats-${size}`;
/** Each history is the league of its own table. */
const tableOf = (size: number) => `bench-stats-${size}`;

/** A season of `count` matches among ten players, moved so that the last one finished just now. */
function historyOf(count: number, now: number): MatchResult[] {
  const results = season(count, count);
  const shift = now - (results[results.length - 1]?.finishedAt ?? now);
  return results.map((result) => ({
    ...result,
    startedAt: result.startedAt + shift,
    finishedAt: result.finishedAt + shift,
  }));
}

/** Writes the history items directly (25 a batch) and the stats documents as a recount would. */
async function seed(
  document: DynamoDBDocumentClient,
  tableName: string,
  accountId: string,
  results: MatchResult[],
) {
  for (let i = 0; i < results.length; i += 25) {
    let requests: Record<string, unknown>[] | undefined = results.slice(i, i + 25).map((result) => ({
      PutRequest: { Item: { ...historyKey(accountId, result.finishedAt, result.id), result } },
    }));
    while (requests !== undefined && requests.length > 0) {
      const written: BatchWriteCommandOutput = await document.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = written.UnprocessedItems?.[tableName];
    }
  }
  const stats = new DynamoStatsStore({ client: document, tableName });
  await stats.storeRecount(accountId, rebuildStats(results), new Map());
}

/**
 * `npm run bench` section: stats-turn latency (p50, p99) with 100 and with 10,000 finished
 * matches in the account's history, and the DynamoDB calls each stats turn makes. The two
 * histories should answer alike: a stats turn reads one aggregate document, whatever the history.
 */
export async function runStatsBench(): Promise<void> {
  const dynamoDbLocal = await startDynamoDbLocal();
  try {
    const tableName = `bench-stats-${randomUUID().slice(0, 8)}`;
    await ensureTable(dynamoDbLocal.endpoint, tableName);
    const { dynamodb, document } = createDynamoClients({
      endpoint: dynamoDbLocal.endpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    const backends = new Map(
      HISTORY_SIZES.map((size) => [
        size,
        createBackend({
          config: { tableName, defaultThingName: tableOf(size) },
          dynamo: document,
          log: memoryLogger(),
        }),
      ]),
    );
    const seeding: string[] = [];
    for (const size of HISTORY_SIZES) {
      const started = performance.now();
      await seed(document, tableName, ownLeagueOf(tableOf(size)), historyOf(size, Date.now()));
      seeding.push(`${size} matches seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    // Added after seeding, so it counts only what the stats turns send.
    const meter = new TurnMeter(dynamodb);
    const devices = new Map(
      HISTORY_SIZES.map((size) => [
        size,
        new SimulatedEchoDevice({
          locale: 'en-US',
          skillId: 'amzn1.ask.skill.babyfoot-bench',
          userId: accountOf(size),
          deviceId: `amzn1.ask.device.bench-stats-${size}`,
          invoke: meter.wrap((envelope: Parameters<ReturnType<typeof createBackend>['handler']>[0]) => {
            const backend = backends.get(size);
            if (!backend) throw new Error(`no backend for ${size}`);
            return backend.handler(envelope);
          }),
        }),
      ]),
    );
    const samples = new Map<string, TurnSample[]>();
    const ask = async (size: number, question: Question, record: boolean) => {
      const { say, expect } = QUESTIONS[question];
      const answer = await devices.get(size)?.say(say);
      if (!answer || !expect.test(answer.speech))
        throw new UnexpectedAnswerError(question, answer?.speech ?? '');
      if (!record) return;
      const key = `${question}, ${size} matches`;
      samples.set(key, [...(samples.get(key) ?? []), meter.lastTurn()]);
    };
    const questions = Object.keys(QUESTIONS) as Question[];
    // Both histories warm up first, then alternate, so neither pays for a cold JVM or JIT.
    for (let turn = 0; turn < WARMUP_TURNS; turn++)
      for (const size of HISTORY_SIZES)
        await ask(size, questions[turn % questions.length] ?? 'rankings', false);
    for (let round = 0; round < MEASURED_ROUNDS; round++)
      for (const question of questions) for (const size of HISTORY_SIZES) await ask(size, question, true);
    const bySize = [...samples].sort(
      ([a], [b]) => Number(/\d+(?= matches)/.exec(a)?.[0]) - Number(/\d+(?= matches)/.exec(b)?.[0]),
    );
    console.log('\nStats turns: one-shot questions through the simulator, DynamoDB Local in memory');
    console.log(
      `${seeding.join('; ')}; ${MEASURED_ROUNDS} of each question per history; time spent in the handler only\n`,
    );
    console.log(formatTable(new Map(bySize)));
    dynamodb.destroy();
  } finally {
    await dynamoDbLocal.stop();
  }
}
