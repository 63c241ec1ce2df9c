import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createBackend } from '../lambda/src/backend';
import { memoryLogger } from '../lambda/src/logger';
import { createDynamoClients } from '../lambda/src/store/dynamo-clients';
import { SimulatedEchoDevice } from '../local/alexa';
import { ensureTable, LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from '../local/dynamodb';
import { startLocalIot } from '../local/iot/start-local-iot';
import { buildLambdaBundles } from '../scripts/deploy/lambda-bundle';
import { zipFolder } from '../scripts/deploy/zip-folder';
import { measureBoardUsage } from './deploy-board-usage';
import { type ColdStart, measureColdStart, median } from './deploy-cold-start';
import {
  BOARD_MEMORY_GB,
  boardMonthlyCost,
  boardRequestsPerMonth,
  monthlyCost,
  OFFICE_WALL_SCREEN,
  PRICES,
} from './deploy-costs';
import { measureMatchUsage } from './deploy-match-usage';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? 10);
const USAGE_MATCHES = Number(process.env.BENCH_USAGE_MATCHES ?? 3);
const BOARD_POLLS = Number(process.env.BENCH_BOARD_POLLS ?? 50);
const MATCHES_PER_MONTH = 1000;
const SKILL_ID = 'amzn1.ask.skill.babyfoot-cold-start';
const THING = 'babyfoot-cold-start';

/** A LaunchRequest and a one-shot score request, as an Echo sends them, while a match runs. */
async function recordEnvelopes(
  endpoint: string,
  tableName: string,
): Promise<[RequestEnvelope, RequestEnvelope]> {
  const clients = createDynamoClients({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const backend = createBackend({
    config: { tableName, defaultThingName: THING, skillId: SKILL_ID },
    dynamo: clients.document,
    log: memoryLogger(),
  });
  const sent: RequestEnvelope[] = [];
  const device = new SimulatedEchoDevice({
    locale: 'en-US',
    skillId: SKILL_ID,
    userId: 'amzn1.ask.account.cold-start',
    deviceId: 'amzn1.ask.device.cold-start',
    invoke: (envelope) => {
      sent.push(envelope);
      return backend.handler(envelope);
    },
  });
  try {
    await device.say('ask baby foot to start a match between Alice and Bob');
    await device.say('ask baby foot goal for the reds');
    await device.say('open baby foot');
    const launch = sent.at(-1);
    await device.end();
    await device.say("ask baby foot what's the score");
    const score = sent.at(-1);
    if (!launch || !score) throw new Error('the simulated Echo sent nothing');
    return [launch, score];
  } finally {
    clients.dynamodb.destroy();
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Prints the deployment figures: bundle sizes, cold start, units and cost per month. */
export async function runDeployBench(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'babyfoot-bench-deploy-'));
  const dynamodb = await startDynamoDbLocal();
  const iot = await startLocalIot({ log: () => {} });
  try {
    const built = await buildLambdaBundles(projectRoot, join(workDir, 'lambda'));
    zipFolder(join(workDir, 'lambda'), join(workDir, 'build.zip'));
    console.log('\nDeployment: the Lambda bundle (npm run build)');
    for (const bundle of built) {
      console.log(
        `  ${bundle.name}.js: ${kib(bundle.bytes)} minified, source map ${kib(bundle.sourceMapBytes)}`,
      );
    }
    console.log(`  archive uploaded by ask deploy: ${kib(statSync(join(workDir, 'build.zip')).size)}`);
    console.log(
      '  one bundle serves index.handler, index.goalEventHandler, index.pairingEventHandler and index.scoreboardHandler',
    );

    const tableName = 'bench-deploy';
    await ensureTable(dynamodb.endpoint, tableName);
    const envelopes = await recordEnvelopes(dynamodb.endpoint, tableName);
    const env = {
      TABLE_NAME: tableName,
      SKILL_ID,
      DEFAULT_THING_NAME: THING,
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      ...iot.env,
    };
    const bundleFile = built[0]?.file ?? '';
    const runs: ColdStart[] = [];
    for (let run = 0; run < COLD_STARTS; run++) {
      const result = await measureColdStart(bundleFile, envelopes, env);
      if (!/Welcome/.test(result.speech[0] ?? '') || !/Alice leads/.test(result.speech[1] ?? '')) {
        throw new Error(`Unexpected cold-start answers: ${result.speech.join(' / ')}`);
      }
      runs.push(result);
    }
    const p50 = (pick: (run: ColdStart) => number) => ms(median(runs.map(pick)));
    console.log(
      `\nCold start: a fresh node process per run, p50 of ${COLD_STARTS} (Node ${process.version})`,
    );
    console.log(`  bundle loaded ${p50((r) => r.loadedMs)} after process start`);
    console.log(`  LaunchRequest answered ${p50((r) => r.launchMs - r.loadedMs)} later`);
    console.log(`  then a score request answered ${p50((r) => r.scoreMs - r.launchMs)} later`);
    console.log(`  whole process, spawn to exit: ${p50((r) => r.wallMs)}`);

    const usage = await measureMatchUsage(dynamodb.endpoint, tableName, USAGE_MATCHES);
    console.log(
      `\nPer match (started by voice, 14 goals from the table, the score asked twice; mean of ${USAGE_MATCHES}):`,
    );
    console.log(
      `  Lambda: ${usage.lambdaInvocations} invocations, ${ms(usage.lambdaMs)} of handler time; ` +
        `DynamoDB: ${usage.writeUnits} write and ${usage.readUnits} read request units`,
    );
    console.log(
      `  IoT Core: ${usage.iotMessages} messages, ${usage.shadowOperations} shadow operations, ` +
        `${usage.rulesTriggered} rules triggered`,
    );
    const cost = monthlyCost(usage, MATCHES_PER_MONTH);
    console.log(
      `\nCost per month for ${MATCHES_PER_MONTH} matches (prices of ${PRICES.takenOn}, no free tier):`,
    );
    for (const line of cost.lines) {
      console.log(`  ${line.item.padEnd(42)} ${line.quantity.padStart(12)}  $${line.usd.toFixed(4)}`);
    }
    console.log(`  ${'total'.padEnd(42)} ${''.padStart(12)}  $${cost.totalUsd.toFixed(2)}`);
    console.log(
      `  prices (USD, us-east-1 list): Lambda $${PRICES.lambdaPerMillionRequests}/M requests, $${PRICES.lambdaArmPerGbSecond}/GB-s arm64; ` +
        `DynamoDB $${PRICES.dynamoPerMillionWriteUnits}/M WRU, $${PRICES.dynamoPerMillionReadUnits}/M RRU; ` +
        `IoT $${PRICES.iotPerMillionMessages}/M messages, $${PRICES.iotPerMillionShadowOperations}/M shadow ops, ` +
        `$${PRICES.iotPerMillionRulesTriggered}/M rules + $${PRICES.iotPerMillionActions}/M actions, $${PRICES.iotPerMillionConnectionMinutes}/M connection-minutes`,
    );

    await ensureTable(dynamodb.endpoint, 'bench-deploy-board');
    const board = await measureBoardUsage(dynamodb.endpoint, 'bench-deploy-board', BOARD_POLLS);
    const screen = OFFICE_WALL_SCREEN;
    console.log(
      `\nWeb scoreboard, per snapshot request (one table, a match running, history and stats; mean of ${BOARD_POLLS} warm):`,
    );
    console.log(
      `  ${board.readUnits.toFixed(1)} read request units, ${board.shadowReads} GetThingShadow, ` +
        `${ms(board.lambdaMs)} of handler time, ${kib(board.responseBytes)} of JSON`,
    );
    const boardCost = boardMonthlyCost(board, screen);
    console.log(
      `\nCost per month of one wall screen polling every ${screen.pollSeconds} s, ${screen.hoursPerDay} h a day, ` +
        `${screen.daysPerMonth} days (${boardRequestsPerMonth(screen)} requests, ${BOARD_MEMORY_GB * 1024} MB):`,
    );
    for (const line of boardCost.lines) {
      console.log(`  ${line.item.padEnd(44)} ${line.quantity.padStart(12)}  $${line.usd.toFixed(4)}`);
    }
    console.log(`  ${'total'.padEnd(44)} ${''.padStart(12)}  $${boardCost.totalUsd.toFixed(2)}`);
    console.log(
      '  a phone opening the page now and then is noise beside it; a longer poll cuts it in proportion',
    );
  } finally {
    await iot.stop();
    await dynamodb.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runDeployBench();
}
