import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../../../test/support/dynamodb';
import { createTournament, nextMatch, startNextMatch, startTournament } from '../domain/tournament';
import { memoryLogger } from '../logger';
import { tournamentRecordWriter } from '../skill/handlers/tournament/tournament-record-writer';
import { CorruptItemError } from './corrupt-item-error';
import { DynamoMatchStore } from './dynamo-match-store';
import { DynamoTournamentStore } from './dynamo-tournament-store';
import { VersionConflictError } from './ports';
import { finished, newSinglesMatch } from './sample-matches';
import { tournamentKey } from './table-layout';
import { withRecordWriters } from './with-record-writers';

const ACCOUNT = 'acct-1';

/** Alice against Bob, the tournament's first match in play as table match `matchId`. */
function aliceAgainstBob(matchId: string) {
  const started = startTournament(createTournament({ format: 'round_robin', players: ['Alice', 'Bob'] }), 1);
  const teams = nextMatch(started)?.teams;
  return { tournament: startNextMatch(started, matchId), teams };
}

describe('DynamoTournamentStore', () => {
  let table: TestTable;
  let store: DynamoTournamentStore;

  beforeEach(async () => {
    table = await createTestTable();
    store = new DynamoTournamentStore({ client: table.document, tableName: table.tableName });
  });

  it('reads nothing for an account that never had a tournament', async () => {
    expect(await store.load(ACCOUNT)).toBeUndefined();
  });

  it('keeps a tournament whole, with a version counting writes', async () => {
    // Prepare
    const { tournament } = aliceAgainstBob('m-1');
    // Act
    const first = await store.save(ACCOUNT, 0, { id: 't-1', tournament });
    const second = await store.save(ACCOUNT, first, { id: 't-1', tournament });
    // Assess
    expect([first, second]).toEqual([1, 2]);
    expect(await store.load(ACCOUNT)).toEqual({ id: 't-1', version: 2, tournament });
    expect(await store.load('someone-else')).toBeUndefined();
  });

  it('refuses a write from a stale read, and a second first write', async () => {
    const tournament = createTournament({ format: 'knockout', players: ['Alice'] });
    await store.save(ACCOUNT, 0, { id: 't-1', tournament });
    await expect(store.save(ACCOUNT, 0, { id: 't-2', tournament })).rejects.toThrow(VersionConflictError);
    await store.save(ACCOUNT, 1, { id: 't-1', tournament });
    await expect(store.save(ACCOUNT, 1, { id: 't-1', tournament })).rejects.toThrow(VersionConflictError);
    expect((await store.load(ACCOUNT))?.version).toBe(2);
  });

  it('names the item when it is malformed', async () => {
    await table.document.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          ...tournamentKey(ACCOUNT),
          id: 't-1',
          version: 1,
          tournament: { format: 'swiss' },
          updatedAt: 'x',
        },
      }),
    );
    await expect(store.load(ACCOUNT)).rejects.toThrow(CorruptItemError);
  });

  describe('with the finished-match writer', () => {
    async function setUp(tournamentId = 't-1') {
      const { tournament, teams } = aliceAgainstBob('m-1');
      await store.save(ACCOUNT, 0, { id: 't-1', tournament });
      const log = memoryLogger();
      const matches = withRecordWriters(
        new DynamoMatchStore({ client: table.document, tableName: table.tableName }),
        [tournamentRecordWriter(store, log)],
      );
      const started = {
        ...newSinglesMatch('m-1'),
        teams: teams ?? { red: [], blue: [] },
        tournament: { id: tournamentId },
      };
      await matches.save('babyfoot-1', 0, { leagueId: ACCOUNT, match: started });
      return { matches, started, log };
    }

    it('records the result in the same transaction as the finished match', async () => {
      // Prepare
      const { matches, started } = await setUp();
      const { match, result } = finished(
        { ...started, score: { red: 5, blue: 2 } },
        1_700_000_900_000,
        'red',
      );
      // Act
      await matches.save('babyfoot-1', 1, { leagueId: ACCOUNT, match, result });
      // Assess
      const stored = await store.load(ACCOUNT);
      expect(stored?.version).toBe(2);
      expect(stored?.tournament.status).toBe('finished');
      expect(stored?.tournament.rounds[0]?.matches[0]).toMatchObject({
        state: 'played',
        winner: 'red',
        goals: { red: 5, blue: 2 },
      });
      expect((await matches.load('babyfoot-1')).match?.tournament).toEqual({ id: 't-1' });
    });

    it('finishes the match but records nothing for a tournament that was replaced', async () => {
      const { matches, started, log } = await setUp('t-old');
      const { match, result } = finished(started, 1_700_000_900_000);
      await matches.save('babyfoot-1', 1, { leagueId: ACCOUNT, match, result });
      expect((await store.load(ACCOUNT))?.version).toBe(1);
      expect((await matches.load('babyfoot-1')).match?.status).toBe('finished');
      expect(log.lines.map((line) => line.message)).toContain(
        'tournament match finished outside its tournament',
      );
    });

    it('lands neither the match nor the result when the tournament changed meanwhile', async () => {
      // Prepare: the writer reads version 1, then someone else writes version 2 before the save.
      const { started } = await setUp();
      const racing = withRecordWriters(
        new DynamoMatchStore({ client: table.document, tableName: table.tableName }),
        [
          async (finishedMatch) => {
            const writes = await tournamentRecordWriter(store, memoryLogger())(finishedMatch);
            const current = await store.load(ACCOUNT);
            if (current) await store.save(ACCOUNT, current.version, current);
            return writes;
          },
        ],
      );
      const { match, result } = finished(started, 1_700_000_900_000);
      // Act / Assess
      await expect(racing.save('babyfoot-1', 1, { leagueId: ACCOUNT, match, result })).rejects.toThrow(
        VersionConflictError,
      );
      expect((await racing.load('babyfoot-1')).match?.status).toBe('in_progress');
      expect((await store.load(ACCOUNT))?.tournament.status).toBe('running');
    });
  });
});
