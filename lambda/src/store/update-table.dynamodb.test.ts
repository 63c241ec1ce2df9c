import { beforeEach, describe, expect, it } from 'vitest';
import { createTestTable } from '../../../test/support/dynamodb';
import type { TeamColor } from '../domain/match/types';
import { DynamoMatchStore } from './dynamo-match-store';
import type { LiveTable, MatchStore } from './ports';
import { newSinglesMatch, withGoal } from './sample-matches';
import { updateTable } from './update-table';

/** The store, except that the first two loads both wait for each other: a guaranteed race. */
function bothReadBeforeEitherWrites(store: MatchStore): MatchStore {
  let waiting = 2;
  let releaseAll: () => void = () => {};
  const bothRead = new Promise<void>((resolve) => {
    releaseAll = resolve;
  });
  return {
    async load(thingName) {
      const live = await store.load(thingName);
      if (waiting > 0) {
        waiting -= 1;
        if (waiting === 0) releaseAll();
        await bothRead;
      }
      return live;
    },
    save: (thingName, expectedVersion, write) => store.save(thingName, expectedVersion, write),
  };
}

describe('updateTable on DynamoDB', () => {
  let store: DynamoMatchStore;

  beforeEach(async () => {
    const table = await createTestTable();
    store = new DynamoMatchStore({ client: table.document, tableName: table.tableName });
    await store.save('babyfoot-1', 0, { leagueId: 'acct-1', match: newSinglesMatch() });
  });

  const goalFor = (team: TeamColor, id: string) => (live: LiveTable) => {
    if (!live.match) throw new Error('no match');
    const match = withGoal(live.match, { id, team, kind: 'goal', source: 'table', at: 1 });
    return { write: { leagueId: 'acct-1', match }, outcome: id };
  };

  it('counts two goals written at the same moment', async () => {
    const racing = bothReadBeforeEitherWrites(store);

    const results = await Promise.all([
      updateTable(racing, 'babyfoot-1', goalFor('red', 'from-table')),
      updateTable(racing, 'babyfoot-1', goalFor('blue', 'from-voice')),
    ]);

    const live = await store.load('babyfoot-1');
    expect(live.match?.score).toEqual({ red: 1, blue: 1 });
    expect(live.match?.goals.map((goal) => goal.id).sort()).toEqual(['from-table', 'from-voice']);
    expect(live.version).toBe(3);
    expect(results.map((result) => result.version).sort()).toEqual([2, 3]);
    expect(results.map((result) => result.attempts).sort()).toEqual([1, 2]);
  });

  it('counts every one of several simultaneous goals', async () => {
    const ids = ['g1', 'g2', 'g3', 'g4'];

    await Promise.all(
      ids.map((id) => updateTable(store, 'babyfoot-1', goalFor('red', id), { maxAttempts: 10 })),
    );

    const live = await store.load('babyfoot-1');
    expect(live.match?.score.red).toBe(4);
    expect(live.version).toBe(5);
  });
});
