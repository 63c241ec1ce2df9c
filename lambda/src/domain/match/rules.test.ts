import { describe, expect, it } from 'vitest';
import { InvalidRulesError } from '../errors';
import { BAR_RULES, gamesToWin, itsfRules, resolveRules, rulesForGame } from './rules';

describe('presets', () => {
  it('plays one game to 10 in a bar', () => {
    expect(BAR_RULES).toEqual({ target: 10, winBy: 1, bestOf: 1, preset: 'bar' });
  });

  it('plays ITSF games to 5 with a deciding game won by 2 and capped at 8', () => {
    expect(itsfRules()).toEqual({
      target: 5,
      winBy: 1,
      bestOf: 3,
      decidingGame: { winBy: 2, cap: 8 },
      preset: 'itsf',
    });
    expect(itsfRules(5).bestOf).toBe(5);
  });
});

describe('resolveRules', () => {
  it('gives bar rules when nothing is asked', () => {
    expect(resolveRules({})).toEqual(BAR_RULES);
  });

  it('gives ITSF rules in 3 games, or 5 when asked', () => {
    expect(resolveRules({ preset: 'itsf' })).toEqual(itsfRules(3));
    expect(resolveRules({ preset: 'itsf', bestOf: 5 })).toEqual(itsfRules(5));
  });

  it('applies the preset before the base rules', () => {
    expect(resolveRules({ preset: 'bar' }, itsfRules(5))).toEqual(BAR_RULES);
  });

  it('keeps the lead of the base rules for "first to 11"', () => {
    // Prepare
    const base = { ...BAR_RULES, winBy: 2 };
    // Act
    const rules = resolveRules({ target: 11 }, base);
    // Assess
    expect(rules).toMatchObject({ target: 11, winBy: 2, bestOf: 1 });
  });

  it('asks for a 2-point lead with "en deux points d\'écart"', () => {
    expect(resolveRules({ winBy: 2 })).toMatchObject({ target: 10, winBy: 2 });
  });

  it('plays best of 3 games to 6 when asked', () => {
    expect(resolveRules({ target: 6, bestOf: 3 })).toMatchObject({ target: 6, bestOf: 3, winBy: 1 });
  });

  it('keeps the deciding-game cap 3 points above a changed ITSF target', () => {
    expect(resolveRules({ preset: 'itsf', target: 7 }).decidingGame).toEqual({ winBy: 2, cap: 10 });
  });

  it('never lowers the deciding game lead below its own', () => {
    expect(resolveRules({ preset: 'itsf', winBy: 1 }).decidingGame?.winBy).toBe(2);
    expect(resolveRules({ preset: 'itsf', winBy: 3 }).decidingGame?.winBy).toBe(3);
  });

  it.each([
    [{ target: 0 }, 'target'],
    [{ target: 100 }, 'target'],
    [{ target: 10.5 }, 'target'],
    [{ target: Number.NaN }, 'target'],
    [{ bestOf: 2 }, 'bestOf'],
    [{ bestOf: 11 }, 'bestOf'],
    [{ bestOf: 0 }, 'bestOf'],
    [{ winBy: 0 }, 'winBy'],
    [{ winBy: 6 }, 'winBy'],
  ])('refuses %j', (request, reason) => {
    // Act
    const resolve = () => resolveRules(request);
    // Assess
    expect(resolve).toThrow(InvalidRulesError);
    expect(resolve).toThrow(expect.objectContaining({ reason }));
  });

  it('accepts the limits of each range', () => {
    expect(resolveRules({ target: 1, bestOf: 1, winBy: 1 })).toMatchObject({
      target: 1,
      bestOf: 1,
      winBy: 1,
    });
    expect(resolveRules({ target: 99, bestOf: 9, winBy: 5 })).toMatchObject({
      target: 99,
      bestOf: 9,
      winBy: 5,
    });
  });
});

describe('gamesToWin', () => {
  it('needs a majority of the games', () => {
    expect(gamesToWin(BAR_RULES)).toBe(1);
    expect(gamesToWin(itsfRules(3))).toBe(2);
    expect(gamesToWin(itsfRules(5))).toBe(3);
  });
});

describe('rulesForGame', () => {
  it('plays ordinary ITSF games to 5, first to 5 wins', () => {
    expect(rulesForGame(itsfRules(3), 0, { red: 0, blue: 0 })).toEqual({ target: 5, winBy: 1 });
    expect(rulesForGame(itsfRules(3), 1, { red: 1, blue: 0 })).toEqual({ target: 5, winBy: 1 });
  });

  it('plays game 3 of a best of 3 at 1-1 by 2 points, capped at 8', () => {
    expect(rulesForGame(itsfRules(3), 2, { red: 1, blue: 1 })).toEqual({ target: 5, winBy: 2, cap: 8 });
  });

  it('plays game 5 of a best of 5 at 2-2 as the deciding game, not game 4', () => {
    expect(rulesForGame(itsfRules(5), 3, { red: 2, blue: 1 })).toEqual({ target: 5, winBy: 1 });
    expect(rulesForGame(itsfRules(5), 4, { red: 2, blue: 2 })).toEqual({ target: 5, winBy: 2, cap: 8 });
  });

  it('has no deciding game under bar rules', () => {
    expect(rulesForGame(BAR_RULES, 0, { red: 0, blue: 0 })).toEqual({ target: 10, winBy: 1 });
  });
});
