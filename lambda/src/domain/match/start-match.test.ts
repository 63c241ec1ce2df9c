import { describe, expect, it } from 'vitest';
import {
  DuplicatePlayerError,
  InvalidRulesError,
  SamePlayerOnBothTeamsError,
  WrongTeamSizeError,
} from '../errors';
import { BAR_RULES, itsfRules } from './rules';
import { startMatch } from './start-match';
import type { Teams } from './types';

function start(teams: Teams) {
  return startMatch({ id: 'm42', teams, rules: BAR_RULES, at: 5000 });
}

describe('startMatch', () => {
  it('starts a singles match at 0-0', () => {
    // Act
    const match = start({ red: ['Alice'], blue: ['Bob'] });
    // Assess
    expect(match).toEqual({
      id: 'm42',
      status: 'in_progress',
      mode: 'singles',
      teams: { red: ['Alice'], blue: ['Bob'] },
      rules: BAR_RULES,
      goals: [],
      games: [],
      score: { red: 0, blue: 0 },
      gamesWon: { red: 0, blue: 0 },
      seenEventIds: [],
      startedAt: 5000,
    });
  });

  it('starts a doubles match with two players a side, names trimmed', () => {
    // Act
    const match = start({ red: [' Alice ', 'Bob'], blue: ['Carole', 'David  '] });
    // Assess
    expect(match.mode).toBe('doubles');
    expect(match.teams).toEqual({ red: ['Alice', 'Bob'], blue: ['Carole', 'David'] });
  });

  it('keeps the rules it is given', () => {
    expect(
      startMatch({ id: 'm', teams: { red: ['A'], blue: ['B'] }, rules: itsfRules(5), at: 0 }).rules,
    ).toEqual(itsfRules(5));
  });

  it.each([
    [{ red: ['Alice'], blue: [] }, 'singles', 1],
    [{ red: ['Alice'], blue: ['   '] }, 'singles', 1],
    [{ red: ['Alice', 'Bob'], blue: ['Carole'] }, 'doubles', 3],
    [{ red: ['Alice', 'Bob', 'Eve'], blue: ['Carole', 'David', 'Fred'] }, 'doubles', 6],
  ])('refuses %j', (teams, mode, count) => {
    // Act
    const attempt = () => start(teams);
    // Assess
    expect(attempt).toThrow(WrongTeamSizeError);
    expect(attempt).toThrow(expect.objectContaining({ mode, playersNamed: count }));
  });

  it('refuses a player named twice on one team, whatever the accents', () => {
    // Act
    const attempt = () => start({ red: ['Hélène', 'helene'], blue: ['Bob', 'David'] });
    // Assess
    expect(attempt).toThrow(DuplicatePlayerError);
    expect(attempt).toThrow(expect.objectContaining({ player: 'helene' }));
  });

  it('refuses the same player on both teams', () => {
    // Act
    const attempt = () => start({ red: ['Alice'], blue: ['ALICE'] });
    // Assess
    expect(attempt).toThrow(SamePlayerOnBothTeamsError);
    expect(attempt).toThrow(expect.objectContaining({ player: 'ALICE' }));
  });

  it('refuses rules out of range', () => {
    expect(() =>
      startMatch({ id: 'm', teams: { red: ['A'], blue: ['B'] }, rules: { ...BAR_RULES, bestOf: 4 }, at: 0 }),
    ).toThrow(InvalidRulesError);
  });
});
