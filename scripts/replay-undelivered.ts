import { parseArgs } from 'node:util';
import { SQSClient } from '@aws-sdk/client-sqs';
import { createBackend } from '../lambda/src/backend';
import { consoleLogger } from '../lambda/src/logger';
import { createIotDataClient } from '../lambda/src/shadow/iot-data-client';
import { IotShadowPublisher } from '../lambda/src/shadow/shadow-publisher';
import { runScript, scriptDynamo } from './history/script-env';
import { replayUndelivered, reportLines } from './replay-undelivered-queue';

/*
 * `npm run replay-undelivered [-- --queue-url <url>]`: re-drives the table events the stack's
 * undelivered-event queue holds (rule errors and Lambda's on-failure records) through the
 * backend's own goal and pairing entries, deletes each that succeeds and reports what still
 * fails. Safe to run twice: each goal counts once by its eventId. The queue is the stack's
 * `UndeliveredEventQueueUrl` output (or UNDELIVERED_QUEUE_URL); the table is TABLE_NAME, as
 * for the other scripts. Exits with 1 when an event still fails.
 */

const USAGE = 'usage: npm run replay-undelivered [-- --queue-url <url>] (or UNDELIVERED_QUEUE_URL)';

runScript(async () => {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { 'queue-url': { type: 'string' } } });
  const queueUrl = values['queue-url'] ?? process.env.UNDELIVERED_QUEUE_URL;
  if (!queueUrl) throw new Error(USAGE);
  const dynamo = scriptDynamo();
  const sqs = new SQSClient({});
  const iotData = createIotDataClient();
  // The tables are shown what the replayed events changed, as the Lambda entries do.
  const shadows = new IotShadowPublisher({ log: consoleLogger, client: iotData });
  const backend = createBackend({
    config: { tableName: dynamo.tableName },
    dynamo: dynamo.document,
    log: consoleLogger,
    shadows,
  });
  try {
    const report = await replayUndelivered({
      sqs,
      queueUrl,
      handlers: { goal: backend.goalEventHandler, pairing: backend.pairingEventHandler },
    });
    for (const line of reportLines(report)) process.stdout.write(`${line}\n`);
    if (report.failed.length > 0) process.exitCode = 1;
  } finally {
    await shadows.settled();
    shadows.destroy();
    sqs.destroy();
    iotData.destroy();
    dynamo.dynamodb.destroy();
  }
});
