import type { MatchResult } from '../domain/match/result';
import type { Goal, Match, TeamColor } from '../domain/match/types';

/*
 * Hand-built matches for the store's tests: the store must keep whatever the domain hands it,
 * so these do not go through the domain's functions.
 */

/** A doubles match, best of 3 under ITSF-like rules, with every optional field set. */
export function fullMatch(id = 'match-full'): Match {
  return {
    id,
    status: 'finished',
    mode: 'doubles',
    teams: { red: ['Alice', 'Bob'], blue: ['Carole', 'David'] },
    rules: { target: 5, winBy: 1, cap: 8, bestOf: 3, decidingGame: { winBy: 2, cap: 8 }, preset: 'itsf' },
    goals: [
      { id: 'g1', team: 'red', scorer: 'Alice', kind: 'gamelle', source: 'voice', at: 1_700_000_001_000 },
      { id: 'evt-7', team: 'blue', kind: 'goal', source: 'table', at: 1_700_000_002_000 },
    ],
    games: [
      { red: 5, blue: 3 },
      { red: 5, blue: 1 },
    ],
    score: { red: 5, blue: 1 },
    gamesWon: { red: 2, blue: 0 },
    seenEventIds: ['evt-7', 'evt-8'],
    startedAt: 1_700_000_000_000,
    pausedAt: 1_700_000_001_500,
    finishedAt: 1_700_000_003_000,
    winner: 'red',
  };
}

/** Alice against Bob, just started, with only the required fields. */
export function newSinglesMatch(id = 'match-singles', startedAt = 1_700_000_000_000): Match {
  return {
    id,
    status: 'in_progress',
    mode: 'singles',
    teams: { red: ['Alice'], blue: ['Bob'] },
    rules: { target: 10, winBy: 1, bestOf: 1 },
    goals: [],
    games: [],
    score: { red: 0, blue: 0 },
    gamesWon: { red: 0, blue: 0 },
    seenEventIds: [],
    startedAt,
  };
}

/** The match with one more goal for `team`, as the domain would count it (score only). */
export function withGoal(match: Match, goal: Goal): Match {
  return {
    ...match,
    goals: [...match.goals, goal],
    score: { ...match.score, [goal.team]: match.score[goal.team] + 1 },
  };
}

/** The match finished at `finishedAt`, won by `winner`, and its history entry. */
export function finished(
  match: Match,
  finishedAt: number,
  winner: TeamColor = 'red',
): { match: Match; result: MatchResult } {
  const done: Match = { ...match, status: 'finished', finishedAt, winner };
  const result: MatchResult = {
    id: match.id,
    mode: match.mode,
    teams: match.teams,
    rules: match.rules,
    games: [match.score],
    gamesWon: { red: winner === 'red' ? 1 : 0, blue: winner === 'blue' ? 1 : 0 },
    goals: match.score,
    winner,
    fanny: match.score.red === 0 || match.score.blue === 0,
    scorers: { Alice: 2 },
    startedAt: match.startedAt,
    finishedAt,
  };
  return { match: done, result };
}
