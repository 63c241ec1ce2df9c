import { describe, expect, it } from 'vitest';
import { createTestTable } from '../../../test/support/dynamodb';
import { DynamoPairingStore, PairingCodesExhaustedError } from './dynamo-pairing-store';
import { MAX_WRONG_CODES_PER_ACCOUNT, MAX_WRONG_TRIES_PER_CODE, WRONG_CODE_WINDOW_MS } from './pairing-code';
import { PairingLockedError } from './pairing-errors';
import type { LinkOutcome } from './pairing-store';

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

const linked = (thingName: string): LinkOutcome => ({ status: 'linked', thingName });
const unknown: LinkOutcome = { status: 'refused', reason: 'unknown', wornOut: [] };

describe('DynamoPairingStore', () => {
  it('never gives one valid code to two tables: a code in use is drawn again', async () => {
    const store = await storeDrawing(['1111', '1111', '2222']);

    const first = await store.issue({ thingName: 'table-a', eventId: 'e1', now });
    const second = await store.issue({ thingName: 'table-b', eventId: 'e2', now });

    expect(first.code).toBe('1111');
    expect(second.code).toBe('2222');
    expect(await store.link({ accountId: 'acct', deviceId: 'echo', code: '1111', now })).toEqual(
      linked('table-a'),
    );
  });

  it('reuses an expired code that TTL has not deleted yet', async () => {
    const store = await storeDrawing(['1111', '1111']);
    await store.issue({ thingName: 'table-a', eventId: 'e1', now });

    const later = now + 11 * 60_000;
    const reused = await store.issue({ thingName: 'table-b', eventId: 'e2', now: later });

    expect(reused.code).toBe('1111');
    expect(await store.link({ accountId: 'acct', deviceId: 'echo', code: '1111', now: later })).toEqual(
      linked('table-b'),
    );
  });

  it('links the Echo of this account only, and uses the code up', async () => {
    const store = await storeDrawing(['4712']);
    await store.issue({ thingName: 'table-a', eventId: 'e1', now });

    await store.link({ accountId: 'acct', deviceId: 'kitchen', code: '4712', now });

    expect(await store.linkedTable('acct', 'kitchen')).toBe('table-a');
    expect(await store.linkedTable('acct', 'office')).toBeUndefined();
    expect(await store.linkedTable('other-acct', 'kitchen')).toBeUndefined();
    expect(await store.link({ accountId: 'acct', deviceId: 'office', code: '4712', now })).toEqual(unknown);
  });

  it('refuses an expired code', async () => {
    const store = await storeDrawing(['4712']);
    const issued = await store.issue({ thingName: 'table-a', eventId: 'e1', now });

    const late = await store.link({
      accountId: 'acct',
      deviceId: 'echo',
      code: '4712',
      now: issued.expiresAt,
    });

    expect(late).toEqual({ status: 'refused', reason: 'expired', wornOut: [] });
    expect(await store.linkedTable('acct', 'echo')).toBeUndefined();
  });

  it('lets one of two Echos saying the same code at once have it', async () => {
    const store = await storeDrawing(['4712']);
    await store.issue({ thingName: 'table-a', eventId: 'e1', now });

    const attempts = await Promise.allSettled([
      store.link({ accountId: 'acct', deviceId: 'one', code: '4712', now }),
      store.link({ accountId: 'acct', deviceId: 'two', code: '4712', now }),
    ]);

    const outcomes = attempts.map((attempt) =>
      attempt.status === 'fulfilled' ? attempt.value : attempt.reason,
    );
    expect(outcomes).toContainEqual(linked('table-a'));
    expect(outcomes).toContainEqual(unknown);
  });

  it('gives up after ten draws that all collide', async () => {
    const store = await storeDrawing(Array(12).fill('1111'));
    await store.issue({ thingName: 'table-a', eventId: 'e1', now });

    await expect(store.issue({ thingName: 'table-b', eventId: 'e2', now })).rejects.toThrow(
      PairingCodesExhaustedError,
    );
  });

  it("forgets an Echo's link when asked, and says when there was none", async () => {
    const store = await storeDrawing(['4712']);
    await store.issue({ thingName: 'table-a', eventId: 'e1', now });
    await store.link({ accountId: 'acct', deviceId: 'kitchen', code: '4712', now });

    expect(await store.unlink('acct', 'office')).toBeUndefined();
    expect(await store.unlink('acct', 'kitchen')).toBe('table-a');

    expect(await store.linkedTable('acct', 'kitchen')).toBeUndefined();
    expect(await store.unlink('acct', 'kitchen')).toBeUndefined();
  });

  describe('against guessing', () => {
    const wrong = (store: DynamoPairingStore, accountId: string, at = now, code = '0000') =>
      store.link({ accountId, deviceId: 'echo', code, now: at });

    it('refuses every code, the right one too, after five wrong ones, until the oldest leaves the window', async () => {
      const store = await storeDrawing(['4712', '5823']);
      await store.issue({ thingName: 'table-a', eventId: 'e1', now });
      for (let i = 0; i < MAX_WRONG_CODES_PER_ACCOUNT; i++)
        expect((await wrong(store, 'acct', now + i * 60_000)).status).toBe('refused');

      const right = { accountId: 'acct', deviceId: 'echo', code: '4712' };
      const locked = await store.link({ ...right, now: now + 5 * 60_000 }).catch((error: unknown) => error);
      expect(locked).toBeInstanceOf(PairingLockedError);
      expect(locked).toMatchObject({ retryAt: now + WRONG_CODE_WINDOW_MS, waitMinutes: 10 });
      // Another account is not held back by this one's guesses.
      expect((await wrong(store, 'other', now + 5 * 60_000)).status).toBe('refused');

      expect(await store.link({ ...right, now: now + WRONG_CODE_WINDOW_MS - 1 }).catch(String)).toMatch(
        /PairingLockedError/,
      );
      // The code shown then is the table's next one: a code lives 10 minutes, the window 15.
      const later = now + WRONG_CODE_WINDOW_MS;
      await store.issue({ thingName: 'table-a', eventId: 'e2', now: later });
      expect(await store.link({ ...right, code: '5823', now: later })).toEqual(linked('table-a'));
    });

    it('lets two Echos guessing at once say no more than five wrong codes between them', async () => {
      const store = await storeDrawing([]);
      const attempts = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => wrong(store, 'acct', now, String(1000 + i))),
      );

      const refused = attempts.filter((attempt) => attempt.status === 'fulfilled');
      const locked = attempts.filter(
        (attempt) => attempt.status === 'rejected' && attempt.reason instanceof PairingLockedError,
      );
      expect(refused).toHaveLength(MAX_WRONG_CODES_PER_ACCOUNT);
      expect(locked).toHaveLength(8 - MAX_WRONG_CODES_PER_ACCOUNT);
    });

    it('wears out a shown code after ten wrong codes, from whichever accounts, and only once', async () => {
      const store = await storeDrawing(['4712', '5823']);
      await store.issue({ thingName: 'table-a', eventId: 'e1', now });
      const outcomes: LinkOutcome[] = [];
      for (let i = 0; i < MAX_WRONG_TRIES_PER_CODE; i++) outcomes.push(await wrong(store, `acct-${i % 3}`));

      const wornOut = outcomes.flatMap((outcome) => (outcome.status === 'refused' ? outcome.wornOut : []));
      expect(wornOut).toEqual([{ thingName: 'table-a', eventId: expect.stringMatching(/^worn-out:4712:/) }]);
      // Worn out, the right code links nothing even before the table shows its new one.
      expect(await store.link({ accountId: 'acct-9', deviceId: 'echo', code: '4712', now })).toEqual(unknown);

      const [worn] = wornOut;
      if (!worn) throw new Error('no worn-out code');
      const replaced = await store.issue({ ...worn, now });
      expect(replaced.code).toBe('5823');
      expect(await store.issue({ ...worn, now })).toEqual(replaced);
      expect(await store.link({ accountId: 'acct-9', deviceId: 'echo', code: '5823', now })).toEqual(
        linked('table-a'),
      );
    });

    it('never hands a worn-out code back to a redelivered request for a code', async () => {
      const store = await storeDrawing(['4712', '5823']);
      await store.issue({ thingName: 'table-a', eventId: 'e1', now });
      for (let i = 0; i < MAX_WRONG_TRIES_PER_CODE; i++) await wrong(store, `acct-${i % 3}`);

      expect((await store.issue({ thingName: 'table-a', eventId: 'e1', now })).code).toBe('5823');
    });
  });
});
