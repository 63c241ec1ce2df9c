import { describe, expect, it } from 'vitest';
import { scoreGoal, undoLastGoal } from './goals';
import { replay } from './replay';
import { BAR_RULES, gamesToWin, itsfRules, resolveRules, rulesForGame } from './rules';
import { aliceVersusBob } from './test-fixtures';
import type { Match, MatchRules, Score, TeamColor } from './types';

/** A small seeded generator (mulberry32), so a failing sequence can be played again. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rulesUnderTest: Array<[string, MatchRules]> = [
  ['bar', BAR_RULES],
  ['itsf best of 3', itsfRules(3)],
  ['itsf best of 5', itsfRules(5)],
  ['to 3 by 2, capped at 5, best of 7', { target: 3, winBy: 2, cap: 5, bestOf: 7 }],
  ['to 4 by 2, best of 5', resolveRules({ target: 4, winBy: 2, bestOf: 5 })],
];

function lastEqualsPrevious(undone: Match, previous: Match): void {
  const { seenEventIds: _undoneSeen, ...rest } = undone;
  const { seenEventIds: _previousSeen, ...expected } = previous;
  expect(rest).toEqual(expected);
}

describe.each(rulesUnderTest)('random goal sequences under %s rules', (_name, rules) => {
  it('keep every game within its cap, never play more than bestOf games, and undo exactly', () => {
    let finishedMatches = 0;
    for (let seed = 1; seed <= 150; seed += 1) {
      const random = seededRandom(seed);
      // Lopsided sequences too, so that fannies and long deuces both happen.
      const redChance = 0.2 + random() * 0.6;
      let match = aliceVersusBob(rules);
      for (let goal = 0; goal < 200 && match.status === 'in_progress'; goal += 1) {
        const team: TeamColor = random() < redChance ? 'red' : 'blue';
        const previous = match;
        const outcome = scoreGoal(match, {
          id: `${seed}-${goal}`,
          team,
          kind: 'goal',
          source: 'table',
          at: goal,
        });
        match = outcome.match;

        expect(match.games.length).toBeLessThanOrEqual(rules.bestOf);
        expect(Math.max(match.gamesWon.red, match.gamesWon.blue)).toBeLessThanOrEqual(gamesToWin(rules));
        const gamesWonSoFar: Score = { red: 0, blue: 0 };
        for (const [index, game] of [...match.games, match.score].entries()) {
          const cap = rulesForGame(rules, index, gamesWonSoFar).cap;
          if (cap !== undefined) expect(Math.max(game.red, game.blue)).toBeLessThanOrEqual(cap);
          if (index < match.games.length) gamesWonSoFar[game.red > game.blue ? 'red' : 'blue'] += 1;
        }
        expect(replay(rules, match.goals)).toMatchObject({
          score: match.score,
          games: match.games,
          gamesWon: match.gamesWon,
        });
        if (match.status === 'in_progress') lastEqualsPrevious(undoLastGoal(match, goal).match, previous);
      }
      if (match.status === 'finished') {
        finishedMatches += 1;
        expect(match.winner).toBeDefined();
        expect(match.gamesWon[match.winner ?? 'red']).toBe(gamesToWin(rules));
      }
    }
    expect(finishedMatches).toBe(150);
  });
});
