import { describe, expect, it } from 'vitest';
import {
  accountPk,
  HISTORY_SK_PREFIX,
  historyKey,
  liveKey,
  playersKey,
  TABLE_DEFINITION,
} from './table-layout';

describe('table layout', () => {
  it('keys a table, an account history and its players apart', () => {
    expect(liveKey('babyfoot-office-1')).toEqual({ pk: 'THING#babyfoot-office-1', sk: 'LIVE' });
    expect(playersKey('amzn1.ask.account.X')).toEqual({ pk: 'ACCOUNT#amzn1.ask.account.X', sk: 'PLAYERS' });
    expect(historyKey('a', Date.UTC(2026, 4, 17, 20, 15), 'm-9')).toEqual({
      pk: accountPk('a'),
      sk: 'MATCH#2026-05-17T20:15:00.000Z#m-9',
    });
  });

  it('sorts history keys by finish time as plain strings', () => {
    const times = [Date.UTC(2026, 0, 2), Date.UTC(2025, 11, 31, 23, 59, 59, 999), Date.UTC(2026, 0, 1, 9)];

    const sorted = times.map((time) => historyKey('a', time, 'z').sk).sort();

    expect(sorted).toEqual([...times].sort((a, b) => a - b).map((time) => historyKey('a', time, 'z').sk));
    expect(playersKey('a').sk.startsWith(HISTORY_SK_PREFIX)).toBe(false);
  });

  it('describes a pk/sk string table, on demand, with TTL on expiresAt', () => {
    expect(TABLE_DEFINITION.KeySchema.map((key) => `${key.AttributeName}:${key.KeyType}`)).toEqual([
      'pk:HASH',
      'sk:RANGE',
    ]);
    expect(TABLE_DEFINITION.BillingMode).toBe('PAY_PER_REQUEST');
    expect(TABLE_DEFINITION.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
  });
});
