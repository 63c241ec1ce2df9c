import { createBackend } from './backend';
import { readConfig } from './config';
import { consoleLogger } from './logger';
import { scoreboardEntry } from './scoreboard/scoreboard-entry';
import { scoreboardUrlFromEnv } from './scoreboard/scoreboard-links';
import { createIotDataClient } from './shadow/iot-data-client';
import { IotShadowPublisher } from './shadow/shadow-publisher';
import { IotTableHealth } from './shadow/table-health';
import { dynamoClients } from './store/dynamo-clients';

// Built once per Lambda instance: warm invocations reuse the clients and the skill.
const iotData = createIotDataClient();
const backend = createBackend({
  config: readConfig(process.env),
  dynamo: dynamoClients().document,
  shadows: new IotShadowPublisher({ log: consoleLogger, client: iotData }),
  health: new IotTableHealth({ log: consoleLogger, client: iotData }),
  scoreboardUrl: scoreboardUrlFromEnv(process.env),
});

/** The Alexa skill entry (ASK SDK v2 custom skill behind an envelope check). */
export const handler = backend.handler;

/** The goal entry: the IoT topic rule on `babyfoot/+/events/goal` invokes it with one goal event. */
export const goalEventHandler = backend.goalEventHandler;

/** The pairing entry: the IoT topic rule on `babyfoot/+/events/pairing` invokes it when a table asks for a code. */
export const pairingEventHandler = backend.pairingEventHandler;

/** The web scoreboard entry, behind a Lambda function URL: `/b/<token>` (the page) and `/b/<token>/snapshot`. */
export const scoreboardHandler = scoreboardEntry({
  config: readConfig(process.env),
  dynamo: dynamoClients().document,
  health: new IotTableHealth({ log: consoleLogger, client: iotData }),
  log: consoleLogger,
});
