import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createTestTable } from '../../../test/support/dynamodb';
import { boardLinkKey } from '../store/table-layout';
import { hashBoardToken } from './board-token';
import { DynamoBoardLinkStore, MAX_BOARD_LINKS_PER_ACCOUNT } from './dynamo-board-link-store';

async function storeOnFreshTable() {
  const table = await createTestTable();
  return { table, links: new DynamoBoardLinkStore({ client: table.document, tableName: table.tableName }) };
}

describe('DynamoBoardLinkStore', () => {
  it('makes an unguessable token that opens the account, and stores only its hash', async () => {
    const { table, links } = await storeOnFreshTable();

    const token = await links.create('account-a', Date.UTC(2025, 2, 1));

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await links.accountOf(token)).toBe('account-a');
    const { Item } = await table.document.send(
      new GetCommand({ TableName: table.tableName, Key: boardLinkKey(hashBoardToken(token)) }),
    );
    expect(Item).toMatchObject({ accountId: 'account-a', createdAt: '2025-03-01T00:00:00.000Z' });
    expect(JSON.stringify(Item)).not.toContain(token);
  });

  it('gives a different token each time and opens nothing for a wrong or malformed one', async () => {
    const { links } = await storeOnFreshTable();
    const first = await links.create('account-a', 1);
    const second = await links.create('account-a', 2);

    expect(second).not.toBe(first);
    expect(await links.accountOf(second)).toBe('account-a');
    expect(await links.accountOf(`${first.slice(0, -1)}${first.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
    expect(await links.accountOf('../../etc/passwd')).toBeUndefined();
    expect(await links.accountOf('')).toBeUndefined();
  });

  it('revokes every link of the account and no other account’s', async () => {
    const { links } = await storeOnFreshTable();
    const mine = [await links.create('account-a', 1), await links.create('account-a', 2)];
    const theirs = await links.create('account-b', 3);

    const revoked = await links.revokeAll('account-a');

    expect(revoked).toBe(2);
    for (const token of mine) expect(await links.accountOf(token)).toBeUndefined();
    expect(await links.accountOf(theirs)).toBe('account-b');
    expect(await links.revokeAll('account-a')).toBe(0);
  });

  it('keeps at most five links per account, dropping the oldest', async () => {
    const { table, links } = await storeOnFreshTable();
    const tokens: string[] = [];
    for (let i = 0; i <= MAX_BOARD_LINKS_PER_ACCOUNT; i++)
      tokens.push(await links.create('account-a', 1000 + i));

    expect(await links.accountOf(tokens[0] ?? '')).toBeUndefined();
    for (const token of tokens.slice(1)) expect(await links.accountOf(token)).toBe('account-a');
    const { Items = [] } = await table.document.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'ACCOUNT#account-a' },
      }),
    );
    expect(Items).toHaveLength(MAX_BOARD_LINKS_PER_ACCOUNT);
  });
});
