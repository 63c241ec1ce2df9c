import { describe, expect, it } from 'vitest';
import { BAR_RULES } from '../match/rules';
import { DEFAULT_HOUSE_RULES, houseScoring, underHouseRules, withHouseRule } from './house-rules';

describe('house rules', () => {
  it('the defaults count as ITSF: a new match is stored with no house scoring', () => {
    expect(houseScoring(DEFAULT_HOUSE_RULES)).toBeUndefined();
    expect(underHouseRules(BAR_RULES, DEFAULT_HOUSE_RULES)).toEqual(BAR_RULES);
  });

  it('a café gamelle, a void demi and a fanny at 6 reach the match rules', () => {
    let rules = withHouseRule(DEFAULT_HOUSE_RULES, { rule: 'gamelle', value: 'minusOne' });
    rules = withHouseRule(rules, { rule: 'midfield', value: 'void' });
    rules = withHouseRule(rules, { rule: 'fannyAt', value: 6 });
    expect(underHouseRules(BAR_RULES, rules).house).toEqual({
      gamelle: 'minusOne',
      midfield: 'void',
      fannyAt: 6,
    });
  });

  it('below zero only matters when a gamelle takes a point off', () => {
    const below = withHouseRule(DEFAULT_HOUSE_RULES, { rule: 'belowZero', value: true });
    expect(houseScoring(below)).toBeUndefined();
    expect(houseScoring({ ...below, gamelle: 'minusOne' })?.belowZero).toBe(true);
  });

  it('refuses a fanny threshold out of 1 to 99', () => {
    expect(() => withHouseRule(DEFAULT_HOUSE_RULES, { rule: 'fannyAt', value: 0 })).toThrow(RangeError);
  });
});
