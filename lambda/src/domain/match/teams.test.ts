import { describe, expect, it } from 'vitest';
import { BAR_RULES } from './rules';
import { startMatch } from './start-match';
import { findPlayerTeam, sameName, teamOf } from './teams';

describe('sameName', () => {
  it('hears names the same whatever the case, accents and spaces', () => {
    expect(sameName('Hélène', 'helene')).toBe(true);
    expect(sameName('  François ', 'FRANCOIS')).toBe(true);
    expect(sameName('Jean  Pierre', 'jean pierre')).toBe(true);
  });

  it('tells different names apart', () => {
    expect(sameName('Alice', 'Alicia')).toBe(false);
    expect(sameName('Léa', 'Lou')).toBe(false);
  });
});

describe('findPlayerTeam and teamOf', () => {
  const match = startMatch({
    id: 'm',
    teams: { red: ['Alice', 'Bob'], blue: ['Chloé', 'David'] },
    rules: BAR_RULES,
    at: 0,
  });

  it('finds the side of a player however the name is said', () => {
    expect(findPlayerTeam(match, 'alice')).toBe('red');
    expect(findPlayerTeam(match, 'CHLOE')).toBe('blue');
  });

  it('finds no side for someone not playing', () => {
    expect(findPlayerTeam(match, 'Eve')).toBeUndefined();
  });

  it('lists a team as its names were written', () => {
    expect(teamOf(match, 'blue')).toEqual(['Chloé', 'David']);
  });
});
