import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { DEFAULT_HOUSE_RULES, type HouseRules } from '../domain/house/house-rules';
import { parseStoredItem } from './corrupt-item-error';
import type { DynamoStoreOptions } from './dynamo-match-store';
import { houseRulesKey } from './table-layout';

/** The league's house rules; a league that never set one plays by the defaults (ITSF counting). */
export interface HouseRulesStore {
  read(leagueId: string): Promise<HouseRules>;
  write(leagueId: string, rules: HouseRules): Promise<void>;
}

const houseRulesItemSchema = z.object({
  rules: z.object({
    gamelle: z.enum(['goal', 'minusOne']),
    belowZero: z.boolean(),
    midfield: z.enum(['counts', 'void', 'double']),
    fannyAt: z.number().int().min(1).max(99),
    announceFanny: z.boolean(),
  }),
});

/**
 * The `HOUSE_RULES` item of the league's partition: one GetItem to read, one PutItem to change
 * (the last rule said wins: two people setting rules at once is not worth a version check).
 */
export class DynamoHouseRulesStore implements HouseRulesStore {
  constructor(private readonly options: DynamoStoreOptions) {}

  async read(leagueId: string): Promise<HouseRules> {
    const key = houseRulesKey(leagueId);
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: key }),
    );
    if (!Item) return { ...DEFAULT_HOUSE_RULES };
    return parseStoredItem(houseRulesItemSchema, Item, key).rules;
  }

  async write(leagueId: string, rules: HouseRules): Promise<void> {
    const updatedAt = (this.options.now ?? Date.now)();
    await this.options.client.send(
      new PutCommand({
        TableName: this.options.tableName,
        Item: { ...houseRulesKey(leagueId), rules, updatedAt },
      }),
    );
  }
}
