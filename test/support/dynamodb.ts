import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { createDynamoClients } from '../../lambda/src/store/dynamo-clients';
import { ensureTable, LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/dynamodb';

/** A table of its own for one test, on the test run's DynamoDB Local. */
export interface TestTable {
  endpoint: string;
  tableName: string;
  dynamodb: DynamoDBClient;
  document: DynamoDBDocumentClient;
  /** What the Lambda code reads from its environment to use this table. */
  env: Record<string, string>;
}

/**
 * Creates a fresh, empty table (unique name, same layout as production) so tests never see
 * each other's items, even when files run in parallel. Tables live until the run ends.
 */
export async function createTestTable(): Promise<TestTable> {
  const endpoint = inject('dynamodbEndpoint');
  const tableName = `test-${randomUUID()}`;
  await ensureTable(endpoint, tableName);
  const { dynamodb, document } = createDynamoClients({
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  return {
    endpoint,
    tableName,
    dynamodb,
    document,
    env: {
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: endpoint,
      TABLE_NAME: tableName,
    },
  };
}
