import { createBackend } from './backend';
import { readConfig } from './config';
import { alexaKeys, deviceEventKeys, functionUrlKeys, lambdaLogger, withInvocationLog } from './lambda-log';
import { scoreboardEntry } from './scoreboard/scoreboard-entry';
import { scoreboardUrlFromEnv } from './scoreboard/scoreboard-links';
import { createIotDataClient } from './shadow/iot-data-client';
import { IotShadowPublisher } from './shadow/shadow-publisher';
import { IotTableHealth } from './shadow/table-health';
import { dynamoClients } from './store/dynamo-clients';
import { teamChatFromEnv, teamChatOf } from './team-chat/team-chat-config';

// Built once per Lambda instance: warm invocations reuse the clients and the skill.
// Every line of an invocation carries its Lambda request id, cold start and its own ids.
const log = lambdaLogger();
const iotData = createIotDataClient();
const backend = createBackend({
  config: readConfig(process.env),
  dynamo: dynamoClients().document,
  log,
  shadows: new IotShadowPublisher({ log, client: iotData }),
  health: new IotTableHealth({ log, client: iotData }),
  scoreboardUrl: scoreboardUrlFromEnv(process.env),
  teamChat: teamChatOf(teamChatFromEnv(process.env), log),
});

/** The Alexa skill entry (ASK SDK v2 custom skill behind an envelope check). */
export const handler = withInvocationLog(log, alexaKeys, backend.handler);

/** The goal entry: the IoT topic rule on `babyfoot/+/events/goal` invokes it with one goal event. */
export const goalEventHandler = withInvocationLog(log, deviceEventKeys, backend.goalEventHandler, {
  failed: 'EventsFailed',
});

/** The pairing entry: the IoT topic rule on `babyfoot/+/events/pairing` invokes it when a table asks for a code. */
export const pairingEventHandler = withInvocationLog(log, deviceEventKeys, backend.pairingEventHandler, {
  failed: 'EventsFailed',
});

/** The web scoreboard entry, behind a Lambda function URL: `/b/<token>` (the page) and `/b/<token>/snapshot`. */
export const scoreboardHandler = withInvocationLog(
  log,
  functionUrlKeys,
  scoreboardEntry({
    config: readConfig(process.env),
    dynamo: dynamoClients().document,
    health: new IotTableHealth({ log, client: iotData }),
    log,
  }),
);
