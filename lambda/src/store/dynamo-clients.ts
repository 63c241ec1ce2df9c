import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Region used when `AWS_REGION` is unset (local runs; Lambda always sets it). */
export const LOCAL_DEFAULT_REGION = 'eu-west-1';

/** Explicit settings, for tests and tools; anything left out comes from the environment. */
export interface DynamoClientConfig {
  region?: string;
  /** Left out, the SDK reads `AWS_ENDPOINT_URL_DYNAMODB` (then `AWS_ENDPOINT_URL`) by itself. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface DynamoClients {
  dynamodb: DynamoDBClient;
  /** Plain JS values in and out; `undefined` fields (unset optionals of a Match) are dropped. */
  document: DynamoDBDocumentClient;
}

/** Builds a fresh pair of clients. Production code uses `dynamoClients()` instead. */
export function createDynamoClients(config: DynamoClientConfig = {}): DynamoClients {
  const dynamodb = new DynamoDBClient({
    region: config.region ?? process.env.AWS_REGION ?? LOCAL_DEFAULT_REGION,
    ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }),
    ...(config.credentials === undefined ? {} : { credentials: config.credentials }),
  });
  const document = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { dynamodb, document };
}

let processClients: DynamoClients | undefined;

/**
 * The clients of this process, built on first use and then reused, so a warm Lambda keeps
 * its connections and nothing is built at import time.
 */
export function dynamoClients(): DynamoClients {
  processClients ??= createDynamoClients();
  return processClients;
}

export class MissingSettingError extends Error {
  constructor(readonly setting: string) {
    super(`The environment variable ${setting} is not set`);
    this.name = 'MissingSettingError';
  }
}

/** The table name from `TABLE_NAME`. */
export function tableNameFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new MissingSettingError('TABLE_NAME');
  return tableName;
}
