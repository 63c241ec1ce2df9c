import { describe, expect, it } from 'vitest';
import { scoreGoal, undoLastGoal } from './goals';
import { abandonMatch, changeRules, pauseMatch, resumeMatch } from './life-cycle';
import { matchResult } from './match-result';
import { BAR_RULES, resolveRules } from './rules';
import { summarizeScore } from './score-summary';
import { startMatch } from './start-match';
import { aliceVersusBob, deepFreeze, tableGoals } from './test-fixtures';
import type { Match } from './types';

/** A frozen match and a copy of it taken before anything ran. */
function frozen(match: Match): { match: Match; before: Match } {
  return { before: structuredClone(match), match: deepFreeze(structuredClone(match)) };
}

const bestOfThree = resolveRules({ target: 3, bestOf: 3 });

describe('immutability', () => {
  it('scores a game-winning goal on a frozen match without touching it', () => {
    // Prepare
    const { match, before } = frozen(tableGoals(aliceVersusBob(bestOfThree), 'rr'));
    // Act
    const outcome = scoreGoal(match, { id: 'x', team: 'red', kind: 'goal', source: 'table', at: 1 });
    // Assess
    expect(match).toEqual(before);
    expect(outcome.match).not.toBe(match);
    expect(outcome.match.games).toHaveLength(1);
  });

  it('undoes across a game boundary without touching the match', () => {
    const { match, before } = frozen(tableGoals(aliceVersusBob(bestOfThree), 'rrr'));
    expect(undoLastGoal(match, 1).match.games).toEqual([]);
    expect(match).toEqual(before);
  });

  it('pauses, resumes, abandons and changes rules without touching the match', () => {
    // Prepare
    const { match, before } = frozen(tableGoals(aliceVersusBob(), 'rb'));
    // Act
    const paused = pauseMatch(match, 1);
    const { match: frozenPaused, before: pausedBefore } = frozen(paused);
    resumeMatch(frozenPaused, 2);
    abandonMatch(match, 3);
    changeRules(match, resolveRules({ target: 11 }));
    // Assess
    expect(match).toEqual(before);
    expect(frozenPaused).toEqual(pausedBefore);
  });

  it('summarises and builds a result from frozen matches', () => {
    const { match, before } = frozen(tableGoals(aliceVersusBob(), 'r'.repeat(10)));
    summarizeScore(match);
    const result = matchResult(match);
    result.games.push({ red: 0, blue: 0 });
    result.teams.red.push('Eve');
    expect(match).toEqual(before);
  });

  it('starts a match from frozen teams and rules', () => {
    const teams = deepFreeze({ red: [' Alice '], blue: ['Bob'] });
    const match = startMatch({ id: 'm', teams, rules: deepFreeze({ ...BAR_RULES }), at: 0 });
    expect(teams.red).toEqual([' Alice ']);
    expect(match.teams.red).toEqual(['Alice']);
  });
});
