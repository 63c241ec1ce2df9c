import { describe, expect, it } from 'vitest';
import { applyResult } from './apply-result';
import { emptyStats } from './count-result';
import { aggregateKeys, isPeriodId, periodId, periodKind } from './periods';
import { playerStats } from './player-stats';
import { rebuildStats } from './rebuild';
import { redBeatsBlue } from './test-fixtures';

describe('periodId', () => {
  it('names months and ISO weeks, with the ISO week-year at year ends', () => {
    expect(periodId('month', Date.UTC(2025, 2, 9, 12))).toBe('month:2025-03');
    expect(periodId('week', Date.UTC(2025, 2, 9, 12))).toBe('week:2025-W10');
    expect(periodId('week', Date.UTC(2024, 11, 30, 12))).toBe('week:2025-W01');
    expect(periodId('week', Date.UTC(2021, 0, 3, 12))).toBe('week:2020-W53');
    expect(periodId('week', Date.UTC(2027, 0, 1, 12))).toBe('week:2026-W53');
    expect(periodId('all', Date.UTC(2027, 0, 1, 12))).toBe('all');
  });

  it("places an instant on the calendar of the account's time zone", () => {
    // 23:30 UTC on Sunday 31 August 2025 is already Monday 1 September in Paris.
    const at = Date.UTC(2025, 7, 31, 23, 30);

    expect(periodId('month', at)).toBe('month:2025-08');
    expect(periodId('month', at, { timeZone: 'Europe/Paris' })).toBe('month:2025-09');
    expect(periodId('week', at)).toBe('week:2025-W35');
    expect(periodId('week', at, { timeZone: 'Europe/Paris' })).toBe('week:2025-W36');
    // And still Sunday afternoon in Montréal.
    expect(periodId('week', at, { timeZone: 'America/Toronto' })).toBe('week:2025-W35');
  });

  it('refuses an unknown time zone', () => {
    expect(() => periodId('month', 0, { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('tells the kind of a period id', () => {
    expect([periodKind('all'), periodKind('month:2025-01'), periodKind('week:2025-W01')]).toEqual([
      'all',
      'month',
      'week',
    ]);
  });
});

describe('matches either side of a month end', () => {
  const lastEvening = redBeatsBlue(['Alice'], ['Bob'], Date.UTC(2025, 0, 31, 21, 0));
  const nextMorning = redBeatsBlue(['Bob'], ['Alice'], Date.UTC(2025, 1, 1, 9, 0));

  it('counts each in its own month, both in all time and in the running season', () => {
    expect(aggregateKeys(lastEvening)).toEqual(['all', 'month:2025-01', 'week:2025-W05', 'season:current']);
    expect(aggregateKeys(nextMorning)).toEqual(['all', 'month:2025-02', 'week:2025-W05', 'season:current']);

    const documents = rebuildStats([lastEvening, nextMorning]);

    expect(playerStats(documents['month:2025-01'] ?? emptyStats('all'), 'Alice')).toMatchObject({
      played: 1,
      won: 1,
    });
    expect(playerStats(documents['month:2025-02'] ?? emptyStats('all'), 'Alice')).toMatchObject({
      played: 1,
      won: 0,
    });
    expect(playerStats(documents['week:2025-W05'] ?? emptyStats('all'), 'Alice')).toMatchObject({
      played: 2,
    });
    expect(playerStats(documents.all, 'Alice')).toMatchObject({ played: 2, won: 1 });
  });

  it('moves the evening match to February for an account on Auckland time', () => {
    const documents = rebuildStats([lastEvening, nextMorning], { timeZone: 'Pacific/Auckland' });

    expect(documents['month:2025-01']).toBeUndefined();
    expect(documents['month:2025-02']?.matches).toBe(2);
  });

  it('refuses to count a match in a period it does not belong to', () => {
    expect(() => applyResult(emptyStats('month:2025-02'), lastEvening)).toThrow(/does not belong/);
    expect(
      applyResult(emptyStats('month:2025-02'), lastEvening, { timeZone: 'Pacific/Auckland' }).matches,
    ).toBe(1);
  });
});

describe('isPeriodId', () => {
  it('accepts the ids periodId makes and refuses anything else', () => {
    const at = Date.UTC(2025, 2, 12);
    for (const kind of ['all', 'month', 'week'] as const) expect(isPeriodId(periodId(kind, at))).toBe(true);
    for (const id of ['', 'ALL', 'month:2025-13', 'month:2025-3', 'week:2025-W54', 'week:2025-09', 'all '])
      expect(isPeriodId(id)).toBe(false);
  });
});
