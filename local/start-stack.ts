import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { IoTDataPlaneClient } from '@aws-sdk/client-iot-data-plane';
import { type Backend, createBackend } from '../lambda/src/backend';
import { consoleLogger, type Logger } from '../lambda/src/logger';
import { createIotDataClient } from '../lambda/src/shadow/iot-data-client';
import { IotShadowPublisher } from '../lambda/src/shadow/shadow-publisher';
import { createDynamoClients } from '../lambda/src/store/dynamo-clients';
import { ensureTable, LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from './dynamodb';
import { type LocalIot, startLocalIot } from './iot/start-local-iot';

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
  /**
   * Where the device shadows are kept across restarts, beside the DynamoDB data, so a table
   * shows the match still stored when the stack comes back; left out: in memory.
   */
  shadowFile?: string;
  /** Where the Lambda entries behind the topic rules log (default: stderr). */
  log?: Logger;
  /** Tests and benchmarks reach into the running parts through these. */
  probes?: LocalStackProbes;
}

/**
 * Called once with each part as it starts: to add SDK middleware to the clients the Lambda
 * entries use (counting calls, injecting throttling), or to restart the broker.
 */
export interface LocalStackProbes {
  dynamoClient?(client: DynamoDBClient): void;
  iotDataClient?(client: IoTDataPlaneClient): void;
  localIot?(iot: LocalIot): void;
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
 * The MQTT broker, the IoT data plane and the topic rules that feed goal events and pairing
 * requests to the backend's entries, running on the DynamoDB part started before it.
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
      let backend: Backend | undefined;
      const ready = (): Backend => {
        if (!backend) throw new Error('The Lambda entries are not ready yet');
        return backend;
      };
      const iot = await startLocalIot({
        mqttPort: options.mqttPort ?? 0,
        iotPort: options.iotPort ?? 0,
        ...(options.shadowFile === undefined ? {} : { shadowFile: options.shadowFile }),
        presence: true,
        rules: [
          { topicFilter: 'babyfoot/+/events/goal', handle: (event) => ready().goalEventHandler(event) },
          { topicFilter: 'babyfoot/+/events/pairing', handle: (event) => ready().pairingEventHandler(event) },
        ],
      }).catch((error: unknown) => {
        clients.dynamodb.destroy();
        throw error;
      });
      const log = options.log ?? consoleLogger;
      const iotData = createIotDataClient({
        endpoint: iot.iotDataUrl,
        region: LOCAL_REGION,
        credentials: LOCAL_CREDENTIALS,
      });
      options.probes?.dynamoClient?.(clients.dynamodb);
      options.probes?.iotDataClient?.(iotData);
      options.probes?.localIot?.(iot);
      const shadows = new IotShadowPublisher({ log, client: iotData });
      backend = createBackend({
        config: { tableName: table, defaultThingName: LOCAL_THING_NAME },
        dynamo: clients.document,
        log,
        shadows,
      });
      return {
        info: { mqtt: iot.mqttUrl, iotData: iot.iotDataUrl, thing: LOCAL_THING_NAME },
        env: { ...iot.env, DEFAULT_THING_NAME: LOCAL_THING_NAME },
        async stop() {
          await iot.stop();
          iotData.destroy();
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
