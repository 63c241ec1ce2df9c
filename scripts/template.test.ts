import { describe, expect, it } from 'vitest';
import { expandTemplate, TemplateSyntaxError } from './interaction-model/template';

describe('expandTemplate', () => {
  it('expands alternations in order', () => {
    expect(expandTemplate('(lance|démarre) un match')).toEqual(['lance un match', 'démarre un match']);
  });

  it('expands optional parts with and without them, spaces collapsed', () => {
    expect(expandTemplate('lance un match [de babyfoot] entre {redPlayerOne} et {bluePlayerOne}')).toEqual([
      'lance un match entre {redPlayerOne} et {bluePlayerOne}',
      'lance un match de babyfoot entre {redPlayerOne} et {bluePlayerOne}',
    ]);
  });

  it('expands nested groups and optional alternations', () => {
    expect(expandTemplate("let's (resume|continue) [the match|the game]")).toEqual([
      "let's resume",
      "let's resume the match",
      "let's resume the game",
      "let's continue",
      "let's continue the match",
      "let's continue the game",
    ]);
    expect(expandTemplate('[[un] match|partie] en {target} points')).toEqual([
      'en {target} points',
      'match en {target} points',
      'un match en {target} points',
      'partie en {target} points',
    ]);
  });

  it('multiplies groups and drops duplicates', () => {
    expect(expandTemplate('(a|b) (c|d)')).toHaveLength(4);
    expect(expandTemplate('(stop|stop) it')).toEqual(['stop it']);
  });

  it('refuses unbalanced templates', () => {
    expect(() => expandTemplate('lance (un match')).toThrow(TemplateSyntaxError);
    expect(() => expandTemplate('lance un match]')).toThrow(TemplateSyntaxError);
    expect(() => expandTemplate('lance (un match]')).toThrow(/unexpected/);
    expect(() => expandTemplate('a | b')).toThrow(/outside a group/);
  });
});
