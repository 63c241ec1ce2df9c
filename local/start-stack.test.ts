import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { createDynamoClients, tableNameFromEnv } from '../lambda/src/store/dynamo-clients';
import { DynamoMatchStore } from '../lambda/src/store/dynamo-match-store';
import { newSinglesMatch } from '../lambda/src/store/sample-matches';
import { type LocalStack, startLocalStack } from './start-stack';

describe('startLocalStack', () => {
  let stack: LocalStack | undefined;
  const touched = new Map<string, string | undefined>();
  afterEach(async () => {
    for (const [name, value] of touched) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    touched.clear();
    await stack?.stop();
  });

  it('gives the Lambda code, through its environment alone, a working table', async () => {
    stack = await startLocalStack({ tableName: 'babyfoot-stack-test' });
    for (const [name, value] of Object.entries(stack.env)) {
      touched.set(name, process.env[name]);
      process.env[name] = value;
    }

    const { document, dynamodb } = createDynamoClients();
    const store = new DynamoMatchStore({ client: document, tableName: tableNameFromEnv() });
    await store.save('babyfoot-local', 0, { leagueId: 'acct', match: newSinglesMatch() });
    const live = await store.load('babyfoot-local');
    dynamodb.destroy();

    expect(stack.info).toEqual({
      dynamodb: stack.env.AWS_ENDPOINT_URL_DYNAMODB,
      table: 'babyfoot-stack-test',
      mqtt: expect.stringMatching(/^mqtt:\/\/127\.0\.0\.1:\d+$/),
      iotData: stack.env.AWS_ENDPOINT_URL_IOT_DATA_PLANE,
      thing: 'babyfoot-local',
    });
    expect(live.match).toEqual(newSinglesMatch());
  }, 60_000);

  it('stops everything it started, and stopping twice is harmless', async () => {
    stack = await startLocalStack();
    const { dynamodb } = createDynamoClients({
      endpoint: stack.info.dynamodb,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });

    await stack.stop();
    await stack.stop();

    await expect(dynamodb.send(new ListTablesCommand({}))).rejects.toThrow();
    dynamodb.destroy();
  }, 60_000);
});
