import {
  createDynamoClients,
  type DynamoClients,
  tableNameFromEnv,
} from '../../lambda/src/store/dynamo-clients';
import { LOCAL_CREDENTIALS } from '../../local/dynamodb';

/**
 * The DynamoDB clients and table a script works on, from the environment the backend reads:
 * `TABLE_NAME`, `AWS_REGION`, and `AWS_ENDPOINT_URL_DYNAMODB` for the local stack. Pointed at a
 * local endpoint with no credentials set, it uses DynamoDB Local's placeholder ones.
 */
export function scriptDynamo(env: NodeJS.ProcessEnv = process.env): DynamoClients & { tableName: string } {
  const tableName = tableNameFromEnv(env);
  const endpoint = env.AWS_ENDPOINT_URL_DYNAMODB;
  const local = endpoint !== undefined && /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(endpoint);
  const clients = createDynamoClients(
    local && env.AWS_ACCESS_KEY_ID === undefined ? { credentials: LOCAL_CREDENTIALS } : {},
  );
  return { ...clients, tableName };
}

/** Runs a script's main, printing a failure's message (not its stack) and exiting with 1. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
