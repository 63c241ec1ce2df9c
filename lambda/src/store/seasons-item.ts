import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { initialSeasons, type Seasons } from '../domain/league/seasons';
import { parseStoredItem } from './corrupt-item-error';
import type { DynamoStoreOptions } from './dynamo-match-store';
import { seasonsKey } from './table-layout';

const podiumStep = z.object({
  rank: z.number().int().positive(),
  name: z.string(),
  won: z.number().int().nonnegative(),
  played: z.number().int().nonnegative(),
});

const seasonsItemSchema = z.object({
  version: z.number().int().positive(),
  seasons: z.object({
    current: z.object({ number: z.number().int().positive(), startedAt: z.number() }),
    closed: z.array(
      z.object({
        number: z.number().int().positive(),
        startedAt: z.number(),
        closedAt: z.number(),
        matches: z.number().int().nonnegative(),
        ratingsCarried: z.boolean(),
        podium: z.array(podiumStep),
      }),
    ),
  }),
});

/** A league's seasons with the `version` read (0: never closed one, the item does not exist). */
export interface VersionedSeasons {
  seasons: Seasons;
  version: number;
}

/** The league's `SEASONS` item: one GetItem (strongly consistent when a write depends on it). */
export async function readSeasons(
  options: Omit<DynamoStoreOptions, 'now'>,
  leagueId: string,
  consistent = false,
): Promise<VersionedSeasons> {
  const key = seasonsKey(leagueId);
  const { Item } = await options.client.send(
    new GetCommand({ TableName: options.tableName, Key: key, ConsistentRead: consistent }),
  );
  if (!Item) return { seasons: initialSeasons(), version: 0 };
  const item = parseStoredItem(seasonsItemSchema, Item, key);
  return { seasons: item.seasons, version: item.version };
}
