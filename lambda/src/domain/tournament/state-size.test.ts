import { describe, expect, it } from 'vitest';
import type { NewTournament } from './entrants';
import { createTournament } from './entrants';
import { nextMatch, recordResult, startNextMatch } from './play';
import { tournamentSchema } from './schema';
import { startTournament } from './start';
import { matchResult } from './test-support';
import type { Tournament } from './types';

/** Plays to the end with table match ids as long as a UUID. */
function playWithUuids(t: Tournament): Tournament {
  let current = t;
  for (let n = 0; current.status === 'running'; n++) {
    const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const next = nextMatch(current);
    if (!next) throw new Error('stuck');
    current = recordResult(
      startNextMatch(current, id),
      matchResult(id, next.teams, 'red', { red: 5, blue: 4 }),
    );
  }
  return current;
}

const longNames = (count: number) =>
  Array.from({ length: count }, (_, i) => `Maximilienne-${String(i).padStart(2, '0')}`);

describe('stored size and shape', () => {
  const cases: [string, NewTournament][] = [
    ['32 doubles teams, round robin', { format: 'round_robin', mode: 'doubles', players: longNames(64) }],
    ['32 doubles teams, knockout', { format: 'knockout', mode: 'doubles', players: longNames(64) }],
    ['32 players, Monster DYP over 50 rounds', { format: 'monster_dyp', players: longNames(32), rounds: 50 }],
    ['32 players, Swiss over 31 rounds', { format: 'swiss', players: longNames(32), rounds: 31 }],
    [
      '32 doubles teams, double elimination',
      { format: 'double_elimination', mode: 'doubles', players: longNames(64) },
    ],
    [
      '32 players, last man standing with 9 lives',
      { format: 'last_man_standing', players: longNames(32), lives: 9 },
    ],
    [
      '32 doubles teams, round robin then top 8',
      { format: 'round_robin', mode: 'doubles', players: longNames(64), playoff: 8 },
    ],
    [
      '32 players, Monster DYP over 50 rounds then top 8',
      { format: 'monster_dyp', players: longNames(32), rounds: 50, playoff: 8 },
    ],
  ];
  for (const [name, input] of cases) {
    it(`${name}: played to the end, stays under 75 KB and parses back as it was`, () => {
      // Act
      const done = playWithUuids(startTournament(createTournament(input), 'size'));
      const stored: unknown = JSON.parse(JSON.stringify(done));

      // Assess
      expect(done.status).toBe('finished');
      expect(new TextEncoder().encode(JSON.stringify(done)).length).toBeLessThan(75_000);
      expect(tournamentSchema.parse(stored)).toEqual(done);
    });
  }

  it('refuses a stored item of the wrong shape', () => {
    expect(tournamentSchema.safeParse({ format: 'league', mode: 'singles' }).success).toBe(false);
  });
});
