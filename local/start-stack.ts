import { createBackend } from '../lambda/src/backend';
import type { GoalEventHandler } from '../lambda/src/goal-events';
import { consoleLogger } from '../lambda/src/logger';
import { IotShadowPublisher } from '../lambda/src/shadow/shadow-publisher';
import { createDynamoClients } from '../lambda/src/store/dynamo-clients';
import { ensureTable, LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from './dynamodb';
import { startLocalIot } from './iot/start-local-iot';

/** What `npm run local` prints: one endpoint or name per service part. */
export interface LocalStackInfo {
  dynamodb: string;
  table: string;
  [part: string]: string;
}

/** A started part of the stack: what it tells the world, what the Lambda code needs, how to stop it. */
export interface StartedService {
  info: Record<string, string>;
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** One part of the local stack; it sees the info and env of the parts started before it. */
export interface LocalService {
  name: string;
  start(before: { info: Record<string, string>; env: Record<string, string> }): Promise<StartedService>;
}

export interface LocalStackOptions {
  /** 0 or left out: any free port. */
  dynamodbPort?: number;
  /** Where DynamoDB Local keeps its data; left out: in memory. */
  dbPath?: string;
  /** Default `babyfoot`. */
  tableName?: string;
  /** MQTT broker port; 0 or left out: any free port. */
  mqttPort?: number;
  /** IoT data-plane port; 0 or left out: any free port. */
  iotPort?: number;
}

/** The table that the local stack's Echo drives and whose goals it counts. */
export const LOCAL_THING_NAME = 'babyfoot-local';

export interface LocalStack {
  info: LocalStackInfo;
  /** Environment for the Lambda code (and anything else using the AWS SDK) to reach the stack. */
  env: Record<string, string>;
  /** Stops every part, last started first. */
  stop(): Promise<void>;
}

/** DynamoDB Local with the Babyfoot table. */
export function dynamoDbService(options: LocalStackOptions): LocalService {
  return {
    name: 'dynamodb',
    async start() {
      const table = options.tableName ?? 'babyfoot';
      const dynamodb = await startDynamoDbLocal({ port: options.dynamodbPort ?? 0, dbPath: options.dbPath });
      try {
        await ensureTable(dynamodb.endpoint, table);
      } catch (error) {
        await dynamodb.stop();
        throw error;
      }
      return {
        info: { dynamodb: dynamodb.endpoint, table },
        env: {
          AWS_REGION: LOCAL_REGION,
          AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
          AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
          TABLE_NAME: table,
        },
        stop: dynamodb.stop,
      };
    },
  };
}

/**
 * The MQTT broker, the IoT data plane and the topic rule that feeds goal events to the
 * backend's goal entry, running on the DynamoDB part started before it.
 */
export function iotService(options: LocalStackOptions): LocalService {
  return {
    name: 'iot',
    async start(before) {
      const { dynamodb, table } = before.info;
      if (dynamodb === undefined || table === undefined)
        throw new Error('The IoT part needs DynamoDB started first');
      const clients = createDynamoClients({
        endpoint: dynamodb,
        region: LOCAL_REGION,
        credentials: LOCAL_CREDENTIALS,
      });
      // The backend needs the data plane's URL, known once it listens; an event before that is retried.
      let goalEvents: GoalEventHandler | undefined;
      const iot = await startLocalIot({
        mqttPort: options.mqttPort ?? 0,
        iotPort: options.iotPort ?? 0,
        rules: [
          {
            topicFilter: 'babyfoot/+/events/goal',
            handle: async (event) => {
              if (!goalEvents) throw new Error('The goal entry is not ready yet');
              return goalEvents(event);
            },
          },
        ],
      }).catch((error: unknown) => {
        clients.dynamodb.destroy();
        throw error;
      });
      const shadows = new IotShadowPublisher({
        log: consoleLogger,
        endpoint: iot.iotDataUrl,
        region: LOCAL_REGION,
        credentials: LOCAL_CREDENTIALS,
      });
      goalEvents = createBackend({
        config: { tableName: table, defaultThingName: LOCAL_THING_NAME },
        dynamo: clients.document,
        shadows,
      }).goalEventHandler;
      return {
        info: { mqtt: iot.mqttUrl, iotData: iot.iotDataUrl, thing: LOCAL_THING_NAME },
        env: { ...iot.env, DEFAULT_THING_NAME: LOCAL_THING_NAME },
        async stop() {
          await iot.stop();
          shadows.destroy();
          clients.dynamodb.destroy();
        },
      };
    },
  };
}

/** The parts of the stack, in start order. */
export function localServices(options: LocalStackOptions): LocalService[] {
  return [dynamoDbService(options), iotService(options)];
}

/**
 * Starts every part of the local stack. If one part fails, the parts already started are
 * stopped before the error is thrown.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const started: StartedService[] = [];
  const stopAll = () => stopInReverse(started);
  let info: Record<string, string> = {};
  let env: Record<string, string> = {};
  try {
    for (const service of localServices(options)) {
      const part = await service.start({ info, env });
      started.push(part);
      info = { ...info, ...part.info };
      env = { ...env, ...part.env };
    }
    const { dynamodb, table } = info;
    if (dynamodb === undefined || table === undefined) throw new Error('The DynamoDB part did not start');
    return { info: { ...info, dynamodb, table }, env, stop: once(stopAll) };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function stopInReverse(started: StartedService[]): Promise<void> {
  const failures: unknown[] = [];
  for (const part of [...started].reverse()) {
    try {
      await part.stop();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, 'Some local services did not stop cleanly');
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= action();
    return running;
  };
}
