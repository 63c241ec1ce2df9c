import { describe, expect, it } from 'vitest';
import { NoMatchRunningError } from '../domain/errors';
import type { Match } from '../domain/match/types';
import { type LiveTable, type MatchStore, type TableWrite, VersionConflictError } from './ports';
import { newSinglesMatch, withGoal } from './sample-matches';
import { updateTable } from './update-table';

/** An in-memory table whose next `conflicts` saves lose to a writer that adds a blue goal. */
class RacyStore implements MatchStore {
  live: LiveTable = { thingName: 't', leagueId: 'acct', match: newSinglesMatch(), version: 1 };
  loads = 0;
  saves = 0;
  constructor(private conflicts: number) {}

  async load(): Promise<LiveTable> {
    this.loads += 1;
    return structuredClone(this.live);
  }

  async save(thingName: string, expectedVersion: number, write: TableWrite): Promise<number> {
    this.saves += 1;
    if (this.conflicts > 0 && this.live.match) {
      this.conflicts -= 1;
      const match = withGoal(this.live.match, {
        id: `other-${this.saves}`,
        team: 'blue',
        kind: 'goal',
        source: 'table',
        at: 1,
      });
      this.live = { ...this.live, match, version: this.live.version + 1 };
    }
    if (expectedVersion !== this.live.version) throw new VersionConflictError(thingName, expectedVersion);
    this.live = { thingName, leagueId: write.leagueId, match: write.match, version: expectedVersion + 1 };
    return this.live.version;
  }
}

const redGoal = (live: LiveTable) => {
  if (!live.match) throw new NoMatchRunningError();
  const match: Match = withGoal(live.match, {
    id: 'mine',
    team: 'red',
    kind: 'goal',
    source: 'voice',
    at: 2,
  });
  return { write: { leagueId: 'acct', match }, outcome: match.score };
};

describe('updateTable', () => {
  it('writes once when nobody else writes', async () => {
    const store = new RacyStore(0);

    const result = await updateTable(store, 't', redGoal);

    expect(result).toEqual({ outcome: { red: 1, blue: 0 }, version: 2, attempts: 1 });
    expect([store.loads, store.saves]).toEqual([1, 1]);
  });

  it('decides again on the fresh state after losing a race, so both changes count', async () => {
    const store = new RacyStore(2);

    const result = await updateTable(store, 't', redGoal);

    expect(result).toEqual({ outcome: { red: 1, blue: 2 }, version: 4, attempts: 3 });
    expect(store.live.match?.score).toEqual({ red: 1, blue: 2 });
    expect([store.loads, store.saves]).toEqual([3, 3]);
  });

  it('gives up with VersionConflictError after maxAttempts lost races', async () => {
    const store = new RacyStore(10);

    await expect(updateTable(store, 't', redGoal, { maxAttempts: 3 })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    expect(store.saves).toBe(3);
  });

  it('lets a domain error through untouched and writes nothing', async () => {
    const store = new RacyStore(0);
    store.live = { thingName: 't', version: 0 };

    await expect(updateTable(store, 't', redGoal)).rejects.toBeInstanceOf(NoMatchRunningError);
    expect(store.saves).toBe(0);
  });

  it('writes nothing when the decision has no write', async () => {
    const store = new RacyStore(0);

    const result = await updateTable(store, 't', (live) => ({ outcome: live.match?.score }));

    expect(result).toEqual({ outcome: { red: 0, blue: 0 }, version: 1, attempts: 1 });
    expect(store.saves).toBe(0);
  });

  it('does not retry a failure that is not a lost race', async () => {
    const store = new RacyStore(0);
    store.save = async () => {
      throw new Error('throttled');
    };

    await expect(updateTable(store, 't', redGoal)).rejects.toThrow('throttled');
    expect(store.loads).toBe(1);
  });
});
