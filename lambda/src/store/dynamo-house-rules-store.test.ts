import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createTestTable } from '../../../test/support/dynamodb';
import { DEFAULT_HOUSE_RULES } from '../domain/house/house-rules';
import { DynamoHouseRulesStore } from './dynamo-house-rules-store';
import { houseRulesKey, leaguePk } from './table-layout';

describe('DynamoHouseRulesStore', () => {
  it('reads the defaults for a league that set none, then what it set, in its own partition', async () => {
    const table = await createTestTable();
    const store = new DynamoHouseRulesStore({ client: table.document, tableName: table.tableName });
    expect(await store.read('league-1')).toEqual(DEFAULT_HOUSE_RULES);

    const cafe = { ...DEFAULT_HOUSE_RULES, gamelle: 'minusOne' as const, fannyAt: 6 };
    await store.write('league-1', cafe);

    expect(await store.read('league-1')).toEqual(cafe);
    expect(await store.read('league-2')).toEqual(DEFAULT_HOUSE_RULES);
    expect(houseRulesKey('league-1').pk).toBe(leaguePk('league-1'));
    const { Item } = await table.document.send(
      new GetCommand({ TableName: table.tableName, Key: houseRulesKey('league-1') }),
    );
    expect(Item?.rules).toEqual(cafe);
  });
});
