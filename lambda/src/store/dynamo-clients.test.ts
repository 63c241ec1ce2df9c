import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createDynamoClients, dynamoClients, MissingSettingError, tableNameFromEnv } from './dynamo-clients';

describe('DynamoDB clients', () => {
  const names = ['AWS_ENDPOINT_URL_DYNAMODB', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION'];
  const saved = names.map((name) => [name, process.env[name]] as const);
  afterEach(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("reaches the endpoint named by AWS_ENDPOINT_URL_DYNAMODB (the SDK's own variable)", async () => {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = inject('dynamodbEndpoint');
    process.env.AWS_ACCESS_KEY_ID = 'local';
    process.env.AWS_SECRET_ACCESS_KEY = 'local';
    const { dynamodb } = createDynamoClients();

    const answer = await dynamodb.send(new ListTablesCommand({}));

    expect(answer.TableNames).toBeInstanceOf(Array);
    dynamodb.destroy();
  });

  it('takes the region from AWS_REGION, and eu-west-1 when unset', async () => {
    process.env.AWS_REGION = 'us-east-1';
    const fromEnv = createDynamoClients();
    delete process.env.AWS_REGION;
    const fallback = createDynamoClients();

    expect(await fromEnv.dynamodb.config.region()).toBe('us-east-1');
    expect(await fallback.dynamodb.config.region()).toBe('eu-west-1');
  });

  it('builds the process clients once', () => {
    expect(dynamoClients()).toBe(dynamoClients());
  });

  it('reads the table name from TABLE_NAME and says which setting is missing', () => {
    expect(tableNameFromEnv({ TABLE_NAME: 'babyfoot' })).toBe('babyfoot');
    expect(() => tableNameFromEnv({})).toThrow(MissingSettingError);
    expect(() => tableNameFromEnv({})).toThrow(/TABLE_NAME/);
  });
});
