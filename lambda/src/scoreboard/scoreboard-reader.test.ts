import { describe, expect, it } from 'vitest';
import { emptyStats, rebuildStats } from '../domain/stats';
import { redBeatsBlue } from '../domain/stats/test-fixtures';
import { readRankings } from './scoreboard-reader';

const recentHistory = [redBeatsBlue(['Bob'], ['Alice'], 2)];

describe('readRankings', () => {
  it("ranks from the account's all-time stats once they count matches", async () => {
    // Prepare: the aggregates know more matches than the history read for the board.
    const allTime = rebuildStats([
      redBeatsBlue(['Alice'], ['Bob'], 1),
      redBeatsBlue(['Alice'], ['Bob'], 2),
      redBeatsBlue(['Bob'], ['Alice'], 3),
    ]).all;
    const asked: string[] = [];
    const stats = {
      readStoredPeriod: async (accountId: string, kind: string) => {
        asked.push(`${accountId}:${kind}`);
        return allTime;
      },
    };

    // Act
    const rankings = await readRankings({ stats, now: () => 10 }, 'account-a', recentHistory);

    // Assess
    expect(asked).toEqual(['account-a:all']);
    expect(rankings).toEqual({
      source: 'stats',
      matches: 3,
      players: [
        { rank: 1, name: 'Alice', won: 2, played: 3, rating: expect.any(Number) },
        { rank: 2, name: 'Bob', won: 1, played: 3, rating: expect.any(Number) },
      ],
    });
  });

  it('recounts wins from recent history when the stats are empty or not available', async () => {
    const empty = { readStoredPeriod: async () => emptyStats('all') };

    const fromEmpty = await readRankings({ stats: empty, now: () => 10 }, 'account-a', recentHistory);
    const withoutStats = await readRankings({ now: () => 10 }, 'account-a', recentHistory);

    for (const rankings of [fromEmpty, withoutStats]) {
      expect(rankings.source).toBe('recentHistory');
      expect(rankings.players[0]).toEqual({
        rank: 1,
        name: 'Bob',
        won: 1,
        played: 1,
        rating: expect.any(Number),
      });
    }
  });
});
