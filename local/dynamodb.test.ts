import { createServer, type Server } from 'node:net';
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
} from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { TABLE_DEFINITION } from '../lambda/src/store/table-layout';
import {
  type DynamoDbLocal,
  ensureTable,
  JavaMissingError,
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  startDynamoDbLocal,
} from './dynamodb';
import { PortInUseError } from './free-port';

function clientFor(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
  });
}

async function answers(endpoint: string): Promise<boolean> {
  const client = clientFor(endpoint);
  try {
    await client.send(new ListTablesCommand({}));
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

describe('startDynamoDbLocal', () => {
  let started: DynamoDbLocal | undefined;
  let blocker: Server | undefined;
  afterEach(async () => {
    await started?.stop();
    started = undefined;
    blocker?.close();
    blocker = undefined;
  });

  it('starts on a free port, answers, and is gone once stopped', async () => {
    started = await startDynamoDbLocal({ port: 0 });

    expect(started.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await answers(started.endpoint)).toBe(true);
    await started.stop();
    expect(await answers(started.endpoint)).toBe(false);
  }, 60_000);

  it('refuses a fixed port that is already taken, saying which', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker?.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : -1;

    const starting = startDynamoDbLocal({ port });

    await expect(starting).rejects.toBeInstanceOf(PortInUseError);
    await expect(starting).rejects.toThrow(String(port));
  });

  it("names Debian's default-jre-headless when java is missing", async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent-for-this-test';
    try {
      const starting = startDynamoDbLocal({ port: 0 });

      await expect(starting).rejects.toBeInstanceOf(JavaMissingError);
      await expect(starting).rejects.toThrow(/default-jre-headless/);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('ensureTable', () => {
  it('creates the table from the layout with TTL, and accepts being called again', async () => {
    const endpoint = inject('dynamodbEndpoint');
    const tableName = `ensure-${Date.now()}-${Math.random().toString(36).slice(2)}`;

    await ensureTable(endpoint, tableName);
    await ensureTable(endpoint, tableName);

    const client = clientFor(endpoint);
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const { TimeToLiveDescription } = await client.send(
      new DescribeTimeToLiveCommand({ TableName: tableName }),
    );
    client.destroy();
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.KeySchema).toEqual(TABLE_DEFINITION.KeySchema);
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });
  });
});
