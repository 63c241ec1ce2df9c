import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../local/dynamodb';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Endpoint of the one in-memory DynamoDB Local shared by the whole test run. */
    dynamodbEndpoint: string;
  }
}

/**
 * Starts one in-memory DynamoDB Local per test run (a JVM takes seconds to start, so never
 * per test) on a free port. Tests reach it with `inject('dynamodbEndpoint')`, usually
 * through `test/support/dynamodb.ts`, which gives each test its own table.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dynamodb = await startDynamoDbLocal({ port: 0 });
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  return () => dynamodb.stop();
}
