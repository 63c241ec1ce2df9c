import { consoleLogger } from '../../lambda/src/logger';
import { createIotDataClient } from '../../lambda/src/shadow/iot-data-client';
import { IotTableHealth } from '../../lambda/src/shadow/table-health';
import { createDynamoClients } from '../../lambda/src/store/dynamo-clients';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../dynamodb';
import { LOCAL_THING_NAME } from '../start-stack';
import { startLocalScoreboard, webHostFromEnv, webPortFromEnv } from './local-scoreboard';
import type { ScoreboardServer } from './scoreboard-server';

/** What `npm run local` started, as its JSON line says (`dynamodb`, `table`, `mqtt`, `iotData`, `thing`). */
export interface StartedStackInfo {
  dynamodb: string;
  table: string;
  mqtt?: string;
  iotData?: string;
  thing?: string;
}

/**
 * The web scoreboard of `npm run local`, on the stack it started: the default table's board
 * at its address (the JSON line's `"web"`), live by server-sent events, as `npm start` serves
 * it. `LOCAL_WEB_PORT` (unset or 0: any free port) and `LOCAL_WEB_HOST` as for the console;
 * its log lines go to stderr, stdout being the JSON line's.
 */
export function startStackBoard(info: StartedStackInfo, env: NodeJS.ProcessEnv): Promise<ScoreboardServer> {
  const { document } = createDynamoClients({
    endpoint: info.dynamodb,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const health = new IotTableHealth({
    log: consoleLogger,
    client: createIotDataClient({
      endpoint: info.iotData,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    }),
  });
  return startLocalScoreboard({
    dynamo: document,
    tableName: info.table,
    thingName: info.thing ?? LOCAL_THING_NAME,
    mqttUrl: info.mqtt ?? '',
    health,
    log: consoleLogger,
    port: webPortFromEnv(env),
    host: webHostFromEnv(env),
  });
}
