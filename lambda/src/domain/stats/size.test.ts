import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../match/result';
import { rebuildStats } from './rebuild';
import { redBeatsBlue } from './test-fixtures';

// A DynamoDB item holds at most 400 KB; the JSON text is a fair upper estimate of its size
// (DynamoDB stores numbers more compactly than decimal text).
const DYNAMODB_ITEM_LIMIT = 400 * 1024;

describe('size of an aggregate document', () => {
  it('stays well under a DynamoDB item for 50 players with every pair together and against', () => {
    // Prepare: names of 24 characters; every pair of players partners in doubles and meets in singles.
    const players = Array.from({ length: 50 }, (_, i) => `Player number ${String(i).padStart(2, '0')} long`);
    const results: MatchResult[] = [];
    const at = () => Date.UTC(2025, 0, 1) + results.length * 60_000;
    for (let i = 0; i < players.length; i++) {
      for (let j = i + 1; j < players.length; j++) {
        const others = players.filter((_, k) => k !== i && k !== j);
        const pair = [players[i] ?? '', players[j] ?? ''];
        const opponents = [
          others[(i * 7 + j) % others.length] ?? '',
          others[(i * 7 + j + 1) % others.length] ?? '',
        ];
        results.push(redBeatsBlue(pair, opponents, at(), 9));
        results.push(redBeatsBlue([players[j] ?? ''], [players[i] ?? ''], at(), 9));
      }
    }

    // Act
    const stats = rebuildStats(results).all;
    const bytes = Buffer.byteLength(JSON.stringify(stats), 'utf8');

    // Assess
    expect(Object.keys(stats.partners)).toHaveLength(1225);
    expect(Object.keys(stats.rivalries)).toHaveLength(1225);
    expect(bytes).toBeLessThan(DYNAMODB_ITEM_LIMIT / 2);
  });
});
