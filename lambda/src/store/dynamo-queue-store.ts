import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { ChallengerQueue } from '../domain/house/winner-stays';
import { parseStoredItem } from './corrupt-item-error';
import type { DynamoStoreOptions } from './dynamo-match-store';
import { queueKey } from './table-layout';

/** The challengers waiting on one table; a table nobody queued at has an empty queue. */
export interface QueueStore {
  read(thingName: string): Promise<ChallengerQueue>;
  write(thingName: string, queue: ChallengerQueue): Promise<void>;
}

const queueItemSchema = z.object({
  queue: z.array(z.array(z.string().min(1)).min(1).max(2)),
});

/**
 * The `QUEUE` item beside the table's live item: one GetItem to read, one PutItem to change
 * (the last change said wins: people queue one at a time, by voice).
 */
export class DynamoQueueStore implements QueueStore {
  constructor(private readonly options: DynamoStoreOptions) {}

  async read(thingName: string): Promise<ChallengerQueue> {
    const key = queueKey(thingName);
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key }),
    );
    return Item ? parseStoredItem(queueItemSchema, Item, key).queue : [];
  }

  async write(thingName: string, queue: ChallengerQueue): Promise<void> {
    const updatedAt = (this.options.now ?? Date.now)();
    await this.options.client.send(
      new PutCommand({
        TableName: this.options.tableName,
        Item: { ...queueKey(thingName), queue: queue.map((entry) => [...entry]), updatedAt },
      }),
    );
  }
}
