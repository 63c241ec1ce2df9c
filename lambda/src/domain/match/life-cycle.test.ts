import { describe, expect, it } from 'vitest';
import {
  InvalidRulesError,
  MatchAlreadyPausedError,
  MatchNotPausedError,
  NoMatchRunningError,
  PlayedGameRulesError,
} from '../errors';
import { abandonMatch, changeRules, pauseMatch, resumeMatch } from './life-cycle';
import { BAR_RULES, resolveRules } from './rules';
import { aliceVersusBob, tableGoals } from './test-fixtures';

describe('pause and resume', () => {
  it('pauses a running match and resumes it', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(), 'rb');
    // Act
    const paused = pauseMatch(match, 3000);
    const resumed = resumeMatch(paused, 4000);
    // Assess
    expect(paused).toMatchObject({ status: 'paused', pausedAt: 3000, score: { red: 1, blue: 1 } });
    expect(resumed).toEqual({ ...match, status: 'in_progress' });
  });

  it('refuses to pause twice or to resume a match that is not paused', () => {
    expect(() => pauseMatch(pauseMatch(aliceVersusBob(), 1), 2)).toThrow(MatchAlreadyPausedError);
    expect(() => resumeMatch(aliceVersusBob(), 1)).toThrow(MatchNotPausedError);
  });

  it('refuses when no match is running', () => {
    const finished = tableGoals(aliceVersusBob(), 'r'.repeat(10));
    for (const match of [undefined, finished, abandonMatch(aliceVersusBob(), 1)]) {
      expect(() => pauseMatch(match, 1)).toThrow(NoMatchRunningError);
      expect(() => resumeMatch(match, 1)).toThrow(NoMatchRunningError);
      expect(() => abandonMatch(match, 1)).toThrow(NoMatchRunningError);
      expect(() => changeRules(match, BAR_RULES)).toThrow(NoMatchRunningError);
    }
  });
});

describe('abandonMatch', () => {
  it('abandons a running match, paused or not, with no winner', () => {
    // Act
    const abandoned = abandonMatch(pauseMatch(tableGoals(aliceVersusBob(), 'rrr'), 1), 6000);
    // Assess
    expect(abandoned).toMatchObject({ status: 'abandoned', finishedAt: 6000, score: { red: 3, blue: 0 } });
    expect(abandoned.winner).toBeUndefined();
  });
});

describe('changeRules', () => {
  it('plays on to 11 when asked at 9-9', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(), 'rb'.repeat(9));
    // Act
    const changed = changeRules(match, resolveRules({ target: 11 }));
    const tenNine = tableGoals(changed, 'r');
    // Assess
    expect(changed).toMatchObject({
      rules: { target: 11 },
      score: { red: 9, blue: 9 },
      status: 'in_progress',
    });
    expect(tenNine).toMatchObject({ status: 'in_progress', score: { red: 10, blue: 9 } });
  });

  it('refuses a target the score has already reached', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(), 'rrrrrrbbb');
    // Act
    const attempt = () => changeRules(match, resolveRules({ target: 5 }));
    // Assess
    expect(attempt).toThrow(InvalidRulesError);
    expect(attempt).toThrow(expect.objectContaining({ reason: 'belowScore' }));
  });

  it('refuses fewer games when a team has already won enough of them', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(resolveRules({ target: 3, bestOf: 3 })), 'rrr b');
    // Act
    const attempt = () => changeRules(match, resolveRules({ target: 3, bestOf: 1 }));
    // Assess
    expect(attempt).toThrow(expect.objectContaining({ reason: 'belowScore' }));
  });

  it('plays more games after the first one is won', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(resolveRules({ target: 3, bestOf: 3 })), 'rrr b');
    // Act
    const changed = changeRules(match, resolveRules({ target: 3, bestOf: 5 }));
    // Assess
    expect(changed).toMatchObject({
      games: [{ red: 3, blue: 0 }],
      gamesWon: { red: 1, blue: 0 },
      score: { red: 0, blue: 1 },
    });
    expect(tableGoals(changed, 'rrr')).toMatchObject({
      status: 'in_progress',
      gamesWon: { red: 2, blue: 0 },
    });
  });

  it('refuses to re-open a game already won', () => {
    // Prepare
    const match = tableGoals(aliceVersusBob(resolveRules({ target: 3, bestOf: 3 })), 'rrr b');
    // Act
    const attempt = () => changeRules(match, resolveRules({ target: 5, bestOf: 3 }));
    // Assess
    expect(attempt).toThrow(PlayedGameRulesError);
  });

  it('changes the rules of a paused match and keeps it paused', () => {
    const paused = pauseMatch(tableGoals(aliceVersusBob(), 'rr'), 1);
    expect(changeRules(paused, resolveRules({ winBy: 2 }))).toMatchObject({
      status: 'paused',
      rules: { winBy: 2 },
    });
  });

  it('refuses rules out of range', () => {
    expect(() => changeRules(aliceVersusBob(), { ...BAR_RULES, target: 0 })).toThrow(InvalidRulesError);
  });
});
