import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Logger } from '../../lambda/src/logger';
import { createScoreboard } from '../../lambda/src/scoreboard/create-scoreboard';
import type { TableHealth } from '../../lambda/src/shadow/table-health';
import { type ScoreboardServer, startScoreboardServer } from './scoreboard-server';

export interface LocalScoreboardOptions {
  dynamo: DynamoDBDocumentClient;
  tableName: string;
  thingName: string;
  mqttUrl: string;
  health: TableHealth;
  log: Logger;
  /** 0: any free port. */
  port: number;
  /** 127.0.0.1 (this computer only) when left out; see `webHostFromEnv`. */
  host?: string;
}

/**
 * The web scoreboard of `npm start`: the default table's league at the printed address,
 * updated by server-sent events; links made by voice work too, under the same address.
 */
export function startLocalScoreboard(options: LocalScoreboardOptions): Promise<ScoreboardServer> {
  const app = createScoreboard({
    dynamo: options.dynamo,
    tableName: options.tableName,
    defaultThingName: options.thingName,
    health: options.health,
    log: options.log,
    localBoard: true,
    liveUpdates: true,
  });
  return startScoreboardServer({
    app,
    mqttUrl: options.mqttUrl,
    port: options.port,
    ...(options.host === undefined ? {} : { host: options.host }),
    log: (line) => options.log.warn(line),
  });
}

/** `LOCAL_WEB_PORT`, as the other local ports: unset or 0, any free port. */
export function webPortFromEnv(env: NodeJS.ProcessEnv): number {
  const value = env.LOCAL_WEB_PORT;
  if (value === undefined || value === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`LOCAL_WEB_PORT must be a port number (0 for any free port), got "${value}"`);
  return port;
}

/**
 * `LOCAL_WEB_HOST`: where the board listens. Unset, 127.0.0.1 (this computer only); `0.0.0.0`
 * opens it to the local network too (read-only, the default table's board), so a phone can
 * scan the console's QR code.
 */
export function webHostFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.LOCAL_WEB_HOST?.trim();
  if (value === undefined || value === '') return undefined;
  if (!/^[\w.:-]+$/.test(value))
    throw new Error(`LOCAL_WEB_HOST must be a host name or address, got "${value}"`);
  return value;
}
