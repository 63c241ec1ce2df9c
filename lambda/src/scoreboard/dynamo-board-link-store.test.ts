import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createTestTable } from '../../../test/support/dynamodb';
import { accountBoardLinkKey, boardLinkKey } from '../store/table-layout';
import { BOARD_LINK_LIFETIME_MS } from './board-link-expiry';
import { hashBoardToken } from './board-token';
import { DynamoBoardLinkStore, MAX_BOARD_LINKS_PER_ACCOUNT } from './dynamo-board-link-store';

async function storeOnFreshTable() {
  const table = await createTestTable();
  return { table, links: new DynamoBoardLinkStore({ client: table.document, tableName: table.tableName }) };
}

// Real time: DynamoDB Local runs TTL, and would delete items whose `expiresAt` is already past.
const now = Date.now();
const DAY = 24 * 60 * 60_000;

describe('DynamoBoardLinkStore', () => {
  it('makes an unguessable token that opens the account, and stores only its hash', async () => {
    const { table, links } = await storeOnFreshTable();

    const token = await links.create('account-a', now);

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await links.accountOf(token, now)).toBe('account-a');
    const { Item } = await table.document.send(
      new GetCommand({ TableName: table.tableName, Key: boardLinkKey(hashBoardToken(token)) }),
    );
    expect(Item).toMatchObject({ accountId: 'account-a', createdAt: new Date(now).toISOString() });
    expect(JSON.stringify(Item)).not.toContain(token);
  });

  it('gives a different token each time and opens nothing for a wrong or malformed one', async () => {
    const { links } = await storeOnFreshTable();
    const first = await links.create('account-a', now);
    const second = await links.create('account-a', now + 1);

    expect(second).not.toBe(first);
    expect(await links.accountOf(second, now + 1)).toBe('account-a');
    expect(
      await links.accountOf(`${first.slice(0, -1)}${first.endsWith('A') ? 'B' : 'A'}`, now),
    ).toBeUndefined();
    expect(await links.accountOf('../../etc/passwd', now)).toBeUndefined();
    expect(await links.accountOf('', now)).toBeUndefined();
  });

  it('revokes every link of the account and no other account’s', async () => {
    const { links } = await storeOnFreshTable();
    const mine = [await links.create('account-a', now), await links.create('account-a', now + 1)];
    const theirs = await links.create('account-b', now + 2);

    const revoked = await links.revokeAll('account-a', now + 3);

    expect(revoked).toBe(2);
    for (const token of mine) expect(await links.accountOf(token, now + 3)).toBeUndefined();
    expect(await links.accountOf(theirs, now + 3)).toBe('account-b');
    expect(await links.revokeAll('account-a', now + 3)).toBe(0);
  });

  it('keeps at most five links per account, dropping the oldest', async () => {
    const { table, links } = await storeOnFreshTable();
    const tokens: string[] = [];
    for (let i = 0; i <= MAX_BOARD_LINKS_PER_ACCOUNT; i++)
      tokens.push(await links.create('account-a', now + i));

    expect(await links.accountOf(tokens[0] ?? '', now + 10)).toBeUndefined();
    for (const token of tokens.slice(1)) expect(await links.accountOf(token, now + 10)).toBe('account-a');
    const { Items = [] } = await table.document.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'ACCOUNT#account-a' },
      }),
    );
    expect(Items).toHaveLength(MAX_BOARD_LINKS_PER_ACCOUNT);
  });

  it('stores the expiry for TTL on both items, and refuses the link once it is past (TTL is lazy)', async () => {
    const { table, links } = await storeOnFreshTable();
    const token = await links.create('account-a', now);
    const hash = hashBoardToken(token);
    const expiresAt = Math.ceil((now + BOARD_LINK_LIFETIME_MS) / 1000);

    for (const Key of [boardLinkKey(hash), accountBoardLinkKey('account-a', hash)]) {
      const { Item } = await table.document.send(new GetCommand({ TableName: table.tableName, Key }));
      expect(Item?.expiresAt, Key.pk).toBe(expiresAt);
    }
    expect(await links.accountOf(token, expiresAt * 1000 - 1)).toBe('account-a');
    expect(await links.accountOf(token, expiresAt * 1000)).toBeUndefined();
  });

  it('renews the links that still work for 90 days from the renewal, and leaves expired ones dead', async () => {
    const { table, links } = await storeOnFreshTable();
    const old = await links.create('account-a', now);
    const recent = await links.create('account-a', now + 60 * DAY);
    const theirs = await links.create('account-b', now);
    const renewal = now + 91 * DAY;

    expect(await links.renewAll('account-a', renewal)).toBe(1);

    expect(await links.accountOf(old, renewal)).toBeUndefined();
    expect(await links.accountOf(recent, renewal + 89 * DAY)).toBe('account-a');
    expect(await links.accountOf(recent, renewal + 90 * DAY + 1000)).toBeUndefined();
    expect(await links.accountOf(theirs, now + 89 * DAY)).toBe('account-b');
    // The expired link's items went with the renewal, not whenever TTL gets to them.
    const { Items = [] } = await table.document.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'ACCOUNT#account-a' },
      }),
    );
    expect(Items.map((item) => item.sk)).toEqual([`BOARD#${hashBoardToken(recent)}`]);
    expect(await links.renewAll('account-a', renewal + 91 * DAY)).toBe(0);
    expect(await links.renewAll('nobody', now)).toBe(0);
  });

  it('expires a link stored before links expired 90 days after it was made', async () => {
    const { table, links } = await storeOnFreshTable();
    const token = await links.create('account-a', now);
    const hash = hashBoardToken(token);
    for (const Key of [boardLinkKey(hash), accountBoardLinkKey('account-a', hash)])
      await table.document.send(
        new UpdateCommand({ TableName: table.tableName, Key, UpdateExpression: 'REMOVE expiresAt' }),
      );

    expect(await links.accountOf(token, now + 89 * DAY)).toBe('account-a');
    expect(await links.accountOf(token, now + 90 * DAY + 1000)).toBeUndefined();
    expect(await links.renewAll('account-a', now + 89 * DAY)).toBe(1);
    expect(await links.accountOf(token, now + 178 * DAY)).toBe('account-a');
  });
});
