import { describe, expect, it } from 'vitest';
import { parseFourDigits, parseSpokenNumber } from './numbers';
import { phraseKeys } from './words';

const number = (text: string, language: string) => parseSpokenNumber(phraseKeys(text), language);

describe('parseSpokenNumber', () => {
  it.each([
    ['zéro', 0],
    ['un', 1],
    ['une', 1],
    ['cinq', 5],
    ['onze', 11],
    ['seize', 16],
    ['dix-sept', 17],
    ['vingt', 20],
    ['vingt et un', 21],
    ['vingt-deux', 22],
    ['trente et une', 31],
    ['soixante-dix', 70],
    ['soixante et onze', 71],
    ['soixante-dix-neuf', 79],
    ['quatre-vingts', 80],
    ['quatre-vingt-un', 81],
    ['quatre-vingt-dix', 90],
    ['quatre-vingt-dix-neuf', 99],
    ['septante', 70],
    ['nonante-cinq', 95],
    ['cent', 100],
    ['cent un', 101],
    ['deux cents', 200],
  ])('fr "%s" → %i', (text, expected) => {
    expect(number(text, 'fr')).toBe(expected);
  });

  it.each([
    ['zero', 0],
    ['three', 3],
    ['eleven', 11],
    ['nineteen', 19],
    ['twenty', 20],
    ['twenty one', 21],
    ['twenty-one', 21],
    ['forty two', 42],
    ['ninety nine', 99],
    ['one hundred', 100],
    ['a hundred', 100],
    ['one hundred and five', 105],
  ])('en "%s" → %i', (text, expected) => {
    expect(number(text, 'en')).toBe(expected);
  });

  it('reads digits in any language', () => {
    expect(number('42', 'fr')).toBe(42);
    expect(number('7', 'en')).toBe(7);
  });

  it('says no number for other words or a language mix', () => {
    expect(number('match', 'fr')).toBeUndefined();
    expect(number('onze', 'en')).toBeUndefined();
    expect(number('eleven', 'fr')).toBeUndefined();
    expect(number('vingt vingt', 'fr')).toBeUndefined();
  });
});

describe('parseFourDigits', () => {
  it.each([
    ['4712', 'fr', '4712'],
    ['4 7 1 2', 'fr', '4712'],
    ['quatre sept un deux', 'fr', '4712'],
    ['zéro zéro quarante-deux', 'fr', '0042'],
    ['four seven one two', 'en', '4712'],
    ['forty seven twelve', 'en', '4712'],
  ])('"%s" (%s) → %s', (text, language, expected) => {
    expect(parseFourDigits(phraseKeys(text), language)).toBe(expected);
  });

  it('refuses more or fewer than four digits', () => {
    expect(parseFourDigits(phraseKeys('4 7 1'), 'fr')).toBeUndefined();
    expect(parseFourDigits(phraseKeys('47123'), 'en')).toBeUndefined();
  });
});
