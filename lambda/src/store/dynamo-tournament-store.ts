import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { Tournament } from '../domain/tournament';
import { tournamentSchema } from '../domain/tournament';
import { parseStoredItem } from './corrupt-item-error';
import type { DynamoStoreOptions } from './dynamo-match-store';
import { type CompanionPut, VersionConflictError } from './ports';
import { tournamentKey } from './table-layout';

/** A tournament as one account keeps it: the tournament itself and the id its matches link to. */
export interface TournamentEntry {
  /** Tells this tournament apart from the one it replaced: a match of an older one records nothing. */
  id: string;
  tournament: Tournament;
}

/** A tournament as read, with its optimistic-locking version. */
export interface StoredTournament extends TournamentEntry {
  version: number;
}

/**
 * The account's current (or last) tournament, with optimistic locking like the live match.
 * Writes that must land together with a table change go through `companion()` into the
 * table's transaction instead of `save()`.
 */
export interface TournamentStore {
  /** One strongly consistent GetItem; undefined when the account never had a tournament. */
  load(accountId: string): Promise<StoredTournament | undefined>;
  /**
   * Writes the tournament if nobody wrote it since `expectedVersion` (0: it must not exist).
   * @returns the new version.
   * @throws VersionConflictError when another writer got there first.
   */
  save(accountId: string, expectedVersion: number, entry: TournamentEntry): Promise<number>;
  /** The same write, to be saved in a table's transaction (`TableWrite.companions`). */
  companion(accountId: string, expectedVersion: number, entry: TournamentEntry): CompanionPut;
}

/** Item at `ACCOUNT#<accountId>` / `TOURNAMENT`. */
const tournamentItemSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  tournament: tournamentSchema,
  updatedAt: z.string(),
});

/** `TournamentStore` on the single table: one item per account, version-checked on every write. */
export class DynamoTournamentStore implements TournamentStore {
  private readonly now: () => number;

  constructor(private readonly options: DynamoStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  async load(accountId: string): Promise<StoredTournament | undefined> {
    const key = tournamentKey(accountId);
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key, ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const { id, version, tournament } = parseStoredItem(tournamentItemSchema, Item, key);
    return { id, version, tournament };
  }

  async save(accountId: string, expectedVersion: number, entry: TournamentEntry): Promise<number> {
    const { key, attributes } = this.companion(accountId, expectedVersion, entry);
    const Item = { ...attributes, ...key, version: expectedVersion + 1 };
    const condition =
      expectedVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: '#version = :expected',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':expected': expectedVersion },
          };
    try {
      await this.options.client.send(
        new PutCommand({ TableName: this.options.tableName, Item, ...condition }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new VersionConflictError(`${key.pk}/${key.sk}`, expectedVersion, { cause: error });
      }
      throw error;
    }
    return expectedVersion + 1;
  }

  companion(accountId: string, expectedVersion: number, entry: TournamentEntry): CompanionPut {
    return {
      key: tournamentKey(accountId),
      attributes: {
        id: entry.id,
        tournament: entry.tournament,
        updatedAt: new Date(this.now()).toISOString(),
      },
      expectedVersion,
    };
  }
}
