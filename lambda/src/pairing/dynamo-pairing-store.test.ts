import { describe, expect, it } from 'vitest';
import { createTestTable } from '../../../test/support/dynamodb';
import { DynamoPairingStore, PairingCodesExhaustedError } from './dynamo-pairing-store';
import { ExpiredPairingCodeError, UnknownPairingCodeError } from './pairing-errors';

/** A store whose codes come from a list, to force collisions. */
async function storeDrawing(codes: string[]) {
  const table = await createTestTable();
  const queue = [...codes];
  return new DynamoPairingStore({
    client: table.document,
    tableName: table.tableName,
    drawCode: () => queue.shift() ?? '9999',
  });
}

// Real time: DynamoDB Local runs TTL, and would delete items whose `expiresAt` is already past.
const now = Date.now();

describe('DynamoPairingStore', () => {
  it('never gives one valid code to two tables: a code in use is drawn again', async () => {
    const store = await storeDrawing(['1111', '1111', '2222']);

    const first = await store.issue({ thingName: 'table-a', eventId: 'e1', now });
    const second = await store.issue({ thingName: 'table-b', eventId: 'e2', now });

    expect(first.code).toBe('1111');
    expect(second.code).toBe('2222');
    expect(await store.link({ accountId: 'acct', deviceId: 'echo', code: '1111', now })).toBe('table-a');
  });

  it('reuses an expired code that TTL has not deleted yet', async () => {
    const store = await storeDrawing(['1111', '1111']);
    await store.issue({ thingName: 'table-a', eventId: 'e1', now });

    const later = now + 11 * 60_000;
    const reused = await store.issue({ thingName: 'table-b', eventId: 'e2', now: later });

    expect(reused.code).toBe('1111');
    expect(await store.link({ accountId: 'acct', deviceId: 'echo', code: '1111', now: later })).toBe(
      'table-b',
    );
  });

  it('links the Echo of this account only, and uses the code up', async () => {
    const store = await storeDrawing(['4712']);
    await store.issue({ thingName: 'table-a', eventId: 'e1', now });

    await store.link({ accountId: 'acct', deviceId: 'kitchen', code: '4712', now });

    expect(await store.linkedTable('acct', 'kitchen')).toBe('table-a');
    expect(await store.linkedTable('acct', 'office')).toBeUndefined();
    expect(await store.linkedTable('other-acct', 'kitchen')).toBeUndefined();
    await expect(store.link({ accountId: 'acct', deviceId: 'office', code: '4712', now })).rejects.toThrow(
      UnknownPairingCodeError,
    );
  });

  it('refuses an expired code', async () => {
    const store = await storeDrawing(['4712']);
    const issued = await store.issue({ thingName: 'table-a', eventId: 'e1', now });

    const late = store.link({ accountId: 'acct', deviceId: 'echo', code: '4712', now: issued.expiresAt });

    await expect(late).rejects.toThrow(ExpiredPairingCodeError);
    expect(await store.linkedTable('acct', 'echo')).toBeUndefined();
  });

  it('lets one of two Echos saying the same code at once have it', async () => {
    const store = await storeDrawing(['4712']);
    await store.issue({ thingName: 'table-a', eventId: 'e1', now });

    const attempts = await Promise.allSettled([
      store.link({ accountId: 'acct', deviceId: 'one', code: '4712', now }),
      store.link({ accountId: 'acct', deviceId: 'two', code: '4712', now }),
    ]);

    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
  });

  it('gives up after ten draws that all collide', async () => {
    const store = await storeDrawing(Array(12).fill('1111'));
    await store.issue({ thingName: 'table-a', eventId: 'e1', now });

    await expect(store.issue({ thingName: 'table-b', eventId: 'e2', now })).rejects.toThrow(
      PairingCodesExhaustedError,
    );
  });
});
