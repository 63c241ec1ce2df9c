import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../match/result';
import type { Rating } from '../stats/types';
import { type BalanceContext, balancedTeams } from './balanced-teams';
import { NOBODY_PLAYED, todaysPlay } from './todays-play';

const strong: Rating = { mu: 34, sigma: 2 };
const weak: Rating = { mu: 18, sigma: 2 };

function context(ratings: Record<string, Rating>, today = NOBODY_PLAYED): BalanceContext {
  return { ratingOf: (name) => ratings[name], today };
}

function doubles(red: string[], blue: string[], finishedAt: number): MatchResult {
  return {
    id: `${red.join()}-${finishedAt}`,
    mode: red.length === 1 ? 'singles' : 'doubles',
    teams: { red, blue },
    rules: { target: 10, winBy: 1, bestOf: 1 },
    games: [{ red: 10, blue: 5 }],
    gamesWon: { red: 1, blue: 0 },
    goals: { red: 10, blue: 5 },
    winner: 'red',
    fanny: false,
    scorers: {},
    startedAt: finishedAt - 600_000,
    finishedAt,
  };
}

function balanced(names: string[], ctx: BalanceContext) {
  const outcome = balancedTeams(names, ctx);
  if (outcome.kind !== 'balanced') throw new Error(`not balanced: ${outcome.kind}`);
  return outcome.match;
}

const pairOf = (teams: { red: string[]; blue: string[] }, a: string, b: string) =>
  [teams.red, teams.blue].some((team) => team.includes(a) && team.includes(b));

describe('balanced teams', () => {
  it('never pairs the two players who dominate, whatever the order they are named in', () => {
    const ratings = { Alice: strong, Bob: strong, Carole: weak, David: weak };
    for (const names of [
      ['Alice', 'Bob', 'Carole', 'David'],
      ['Carole', 'Alice', 'David', 'Bob'],
      ['David', 'Carole', 'Bob', 'Alice'],
    ]) {
      const match = balanced(names, context(ratings));
      expect(pairOf(match.teams, 'Alice', 'Bob')).toBe(false);
      expect(match.redWins).toBeCloseTo(0.5, 5);
      expect(match.teams.red[0]).toBe(names[0]);
    }
  });

  it('pairs the best with the worst when the ratings are spread', () => {
    const ratings = {
      Alice: { mu: 40, sigma: 2 },
      Bob: { mu: 30, sigma: 2 },
      Carole: { mu: 22, sigma: 2 },
      David: { mu: 12, sigma: 2 },
    };
    const match = balanced(['Alice', 'Bob', 'Carole', 'David'], context(ratings));
    expect(match.teams).toEqual({ red: ['Alice', 'David'], blue: ['Bob', 'Carole'] });
  });

  it('counts an unrated player as a new one', () => {
    const match = balanced(['Alice', 'Zoé', 'Bob', 'Yann'], context({ Alice: strong, Bob: strong }));
    expect(pairOf(match.teams, 'Alice', 'Bob')).toBe(false);
  });

  it('breaks a tie with the pair that played together least today', () => {
    const now = Date.UTC(2026, 11, 6, 20);
    const today = todaysPlay(
      [
        doubles(['Alice', 'Bob'], ['Carole', 'David'], now - 3_600_000),
        doubles(['Alice', 'Carole'], ['Bob', 'David'], now - 1_800_000),
      ],
      now - 12 * 3_600_000,
    );
    const match = balanced(['Alice', 'Bob', 'Carole', 'David'], context({}, today));
    expect(match.teams).toEqual({ red: ['Alice', 'David'], blue: ['Bob', 'Carole'] });
  });

  it('forgets the pairs of an earlier day', () => {
    const now = Date.UTC(2026, 11, 6, 20);
    const today = todaysPlay(
      [doubles(['Alice', 'Bob'], ['Carole', 'David'], now - 48 * 3_600_000)],
      now - 12 * 3_600_000,
    );
    expect(balanced(['Alice', 'Bob', 'Carole', 'David'], context({}, today)).teams.red).toEqual([
      'Alice',
      'Bob',
    ]);
  });

  it('with six names, the two who played most today sit out', () => {
    const now = Date.UTC(2026, 11, 6, 20);
    const today = todaysPlay(
      [
        doubles(['Alice', 'Bob'], ['Carole', 'David'], now - 600_000),
        doubles(['Alice', 'Eve'], ['Bob', 'Fred'], now - 300_000),
      ],
      now - 12 * 3_600_000,
    );
    const match = balanced(['Alice', 'Bob', 'Carole', 'David', 'Eve', 'Fred'], context({}, today));
    expect(match.sittingOut).toEqual(['Alice', 'Bob']);
    expect([...match.teams.red, ...match.teams.blue].sort()).toEqual(['Carole', 'David', 'Eve', 'Fred']);
  });

  it('among players tied on games today, the fairest foursome plays', () => {
    const ratings = { Alice: strong, Bob: strong, Carole: weak, David: weak, Eve: strong };
    const match = balanced(['Alice', 'Bob', 'Eve', 'Carole', 'David'], context(ratings));
    // Three strong players and two weak ones: a strong player sits out, the rest split evenly.
    expect(match.sittingOut).toHaveLength(1);
    expect(['Alice', 'Bob', 'Eve']).toContain(match.sittingOut[0]);
    expect(match.redWins).toBeCloseTo(0.5, 5);
  });

  it('two names make a singles match with its odds', () => {
    const match = balanced(['Alice', 'Carole'], context({ Alice: strong, Carole: weak }));
    expect(match.teams).toEqual({ red: ['Alice'], blue: ['Carole'] });
    expect(match.redWins).toBeGreaterThan(0.9);
  });

  it('refuses three names, more than eight, one name, and a name said twice', () => {
    expect(balancedTeams(['Alice', 'Bob', 'Carole'], context({}))).toEqual({ kind: 'wrongCount', count: 3 });
    const nine = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
    expect(balancedTeams(nine, context({}))).toEqual({ kind: 'wrongCount', count: 9 });
    expect(balancedTeams(['Alice'], context({}))).toEqual({ kind: 'wrongCount', count: 1 });
    expect(balancedTeams(['Alice', 'Bob', 'alice', 'David'], context({}))).toEqual({
      kind: 'namedTwice',
      name: 'alice',
    });
  });

  it('evaluates eight players within a few milliseconds', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const started = performance.now();
    const match = balanced(names, context({}));
    expect(match.sittingOut).toHaveLength(4);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
