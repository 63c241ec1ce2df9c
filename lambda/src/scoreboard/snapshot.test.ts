import { describe, expect, it } from 'vitest';
import { pauseMatch } from '../domain/match/life-cycle';
import { itsfRules } from '../domain/match/rules';
import { startMatch } from '../domain/match/start-match';
import { aliceVersusBob, tableGoals } from '../domain/match/test-fixtures';
import { redBeatsBlue, result } from '../domain/stats/test-fixtures';
import { rankingsFromHistory } from './board-rankings';
import { type BoardRankings, buildSnapshot, RECENT_RESULTS_SHOWN, type SnapshotInput } from './snapshot';

const noRankings: BoardRankings = { source: 'recentHistory', matches: 0, players: [] };

function input(overrides: Partial<SnapshotInput>): SnapshotInput {
  return { now: 5000, tables: [], history: [], rankings: noRankings, ...overrides };
}

describe('buildSnapshot', () => {
  it('shows a running match with its teams, score, target and state', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(), 'rrb');

    // Act
    const snapshot = buildSnapshot(input({ tables: [{ thingName: 'office', match }] }));

    // Assess
    expect(snapshot.generatedAt).toBe(5000);
    expect(snapshot.tables).toEqual([
      {
        thing: 'office',
        matchId: 'm1',
        state: 'playing',
        mode: 'singles',
        teams: { red: ['Alice'], blue: ['Bob'] },
        score: { red: 2, blue: 1 },
        gamesWon: { red: 0, blue: 0 },
        gameNumber: 1,
        bestOf: 1,
        target: 10,
        sensorWarnings: [],
      },
    ]);
  });

  it('says paused, match point and, once won, the winner', () => {
    const paused = pauseMatch(tableGoals(aliceVersusBob(), 'rrrrrrrrr'), 3000);
    const won = tableGoals(aliceVersusBob(), 'bbbbbbbbbb');

    const [pausedBoard, wonBoard] = buildSnapshot(
      input({
        tables: [
          { thingName: 'a', match: paused },
          { thingName: 'b', match: won },
        ],
      }),
    ).tables;

    expect(pausedBoard).toMatchObject({ state: 'paused', matchPoint: 'red', score: { red: 9, blue: 0 } });
    expect(pausedBoard?.winner).toBeUndefined();
    expect(wonBoard).toMatchObject({ state: 'finished', winner: 'blue', score: { red: 0, blue: 10 } });
  });

  it('shows games won and the running game of a best-of-three match', () => {
    const match = tableGoals(aliceVersusBob(itsfRules(3)), 'rrrrr bb');

    const [board] = buildSnapshot(input({ tables: [{ thingName: 'itsf', match }] })).tables;

    expect(board).toMatchObject({
      gamesWon: { red: 1, blue: 0 },
      score: { red: 0, blue: 2 },
      gameNumber: 2,
      bestOf: 3,
      target: 5,
    });
  });

  it('lists running tables first, then paused, then finished, each by name', () => {
    const running = (id: string) =>
      startMatch({ id, teams: { red: ['A'], blue: ['B'] }, rules: aliceVersusBob().rules, at: 1 });
    const tables = [
      { thingName: 'zeta', match: tableGoals(aliceVersusBob(), 'bbbbbbbbbb') },
      { thingName: 'beta', match: pauseMatch(running('p'), 2) },
      { thingName: 'omega', match: running('r1') },
      { thingName: 'alpha', match: running('r2') },
    ];

    const order = buildSnapshot(input({ tables })).tables.map((table) => `${table.thing}:${table.state}`);

    expect(order).toEqual(['alpha:playing', 'omega:playing', 'beta:paused', 'zeta:finished']);
  });

  it('turns blocked or noisy goal sensors into warnings and keeps quiet about ok ones', () => {
    const match = aliceVersusBob();

    const [board] = buildSnapshot(
      input({ tables: [{ thingName: 't', match, sensors: { red: 'noisy', blue: 'ok' } }] }),
    ).tables;
    const [blocked] = buildSnapshot(
      input({ tables: [{ thingName: 't', match, sensors: { red: 'ok', blue: 'blocked' } }] }),
    ).tables;

    expect(board?.sensorWarnings).toEqual([{ goal: 'red', state: 'noisy' }]);
    expect(blocked?.sensorWarnings).toEqual([{ goal: 'blue', state: 'blocked' }]);
  });

  it('warns about a sensor the table can no longer read', () => {
    const [board] = buildSnapshot(
      input({
        tables: [{ thingName: 't', match: aliceVersusBob(), sensors: { red: 'unavailable', blue: 'ok' } }],
      }),
    ).tables;

    expect(board?.sensorWarnings).toEqual([{ goal: 'red', state: 'unavailable' }]);
  });

  it('says whether each table is connected, and since when; nothing for a table never seen', () => {
    const match = aliceVersusBob();

    const [online, offline, unknown] = buildSnapshot(
      input({
        tables: [
          { thingName: 'a', match, presence: { connected: true, since: 1000 } },
          { thingName: 'b', match, presence: { connected: false, since: 4000 } },
          { thingName: 'c', match },
        ],
      }),
    ).tables;

    expect(online?.presence).toEqual({ connected: true, since: 1000 });
    expect(offline?.presence).toEqual({ connected: false, since: 4000 });
    expect(unknown).not.toHaveProperty('presence');
  });

  it('keeps the latest results only, newest first, with games for a best-of match', () => {
    const history = Array.from({ length: 8 }, (_, i) => redBeatsBlue(['Alice'], ['Bob'], 10_000 - i, i));
    const bestOfThree = {
      ...result({ red: ['Carole'], blue: ['David'] }, 'blue', 20_000, 0),
      rules: itsfRules(3),
      gamesWon: { red: 0, blue: 2 },
    };

    const snapshot = buildSnapshot(input({ history: [bestOfThree, ...history] }));

    expect(snapshot.recent).toHaveLength(RECENT_RESULTS_SHOWN);
    expect(snapshot.recent[0]).toMatchObject({
      teams: { red: ['Carole'], blue: ['David'] },
      winner: 'blue',
      score: { red: 0, blue: 2 },
      inGames: true,
      fanny: true,
    });
    expect(snapshot.recent[1]).toMatchObject({
      score: { red: 10, blue: 0 },
      inGames: false,
      finishedAt: 10_000,
    });
    expect(snapshot.recent.map((line) => line.finishedAt)).toEqual([20_000, 10_000, 9999, 9998, 9997]);
  });
});

describe('rankingsFromHistory', () => {
  it('ranks players by wins counted over the matches read, ties sharing a rank', () => {
    const history = [
      redBeatsBlue(['Alice'], ['Bob'], 3),
      redBeatsBlue(['Alice'], ['Carole'], 2),
      redBeatsBlue(['Bob'], ['Carole'], 1),
      redBeatsBlue(['David', 'Carole'], ['Alice', 'Bob'], 4),
    ];

    const rankings = rankingsFromHistory(history);

    expect(rankings.source).toBe('recentHistory');
    expect(rankings.matches).toBe(4);
    const rating = expect.any(Number);
    expect(rankings.players).toEqual([
      { rank: 1, name: 'Alice', won: 2, played: 3, rating },
      { rank: 2, name: 'David', won: 1, played: 1, rating },
      { rank: 3, name: 'Bob', won: 1, played: 3, rating },
      { rank: 3, name: 'Carole', won: 1, played: 3, rating },
    ]);
    // Ratings weigh whom a player beat: Alice beat both Bob and Carole, who beat no one but each other.
    const [alice, , bob] = rankings.players;
    expect(alice?.rating).toBeGreaterThan(bob?.rating ?? Number.POSITIVE_INFINITY);
    expect(String(alice?.rating)).toMatch(/^-?\d+(\.\d)?$/);
  });
});
