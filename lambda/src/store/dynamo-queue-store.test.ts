import { describe, expect, it } from 'vitest';
import { createTestTable } from '../../../test/support/dynamodb';
import { DynamoQueueStore } from './dynamo-queue-store';
import { liveKey, queueKey } from './table-layout';

describe('DynamoQueueStore', () => {
  it('an empty line for a table nobody queued at; the line as written, per table, beside its live item', async () => {
    const table = await createTestTable();
    const store = new DynamoQueueStore({ client: table.document, tableName: table.tableName });
    expect(await store.read('table-1')).toEqual([]);

    await store.write('table-1', [['Eve', 'Fred'], ['Gus']]);

    expect(await store.read('table-1')).toEqual([['Eve', 'Fred'], ['Gus']]);
    expect(await store.read('table-2')).toEqual([]);
    expect(queueKey('table-1').pk).toBe(liveKey('table-1').pk);
  });
});
