import { describe, expect, it } from 'vitest';
import { ImpossibleScoreError, NoSuchMatchError, NothingToCorrectError } from '../errors';
import { itsfRules } from '../match/rules';
import { result } from '../stats/test-fixtures';
import { CORRECTABLE_MATCHES, chooseMatch, endsGame, rescore } from './corrections';

const at = Date.UTC(2026, 11, 4, 9);
// Newest first, as the history reads them.
const recent = [
  result({ red: ['Alice'], blue: ['Bob'] }, 'red', at + 3_000, 8),
  result({ red: ['Carol'], blue: ['Dave'] }, 'blue', at + 2_000, 4),
  result({ red: ['Bob'], blue: ['Alice'] }, 'blue', at - 86_400_000, 6),
];

describe('chooseMatch', () => {
  it('takes the last match, the one before, or the latest of named players', () => {
    expect(chooseMatch(recent, {})).toBe(recent[0]);
    expect(chooseMatch(recent, { position: 2 })).toBe(recent[1]);
    expect(chooseMatch(recent, { players: ['dave', 'Carol'] })).toBe(recent[1]);
    expect(chooseMatch(recent, { players: ['Alice', 'Bob'], position: 2 })).toBe(recent[2]);
  });

  it('keeps to matches finished since a given instant ("this morning")', () => {
    expect(() => chooseMatch(recent, { players: ['Alice', 'Bob'], position: 2, since: at })).toThrow(
      NoSuchMatchError,
    );
  });

  it(`reaches no further than the last ${CORRECTABLE_MATCHES} matches`, () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      result({ red: [`P${i}`], blue: ['Q'] }, 'red', at - i * 60_000),
    );
    expect(chooseMatch(many, { position: CORRECTABLE_MATCHES })).toBe(many[CORRECTABLE_MATCHES - 1]);
    expect(() => chooseMatch(many, { position: CORRECTABLE_MATCHES + 1 })).toThrow(NoSuchMatchError);
    expect(() => chooseMatch(many, { players: ['P25', 'Q'] })).toThrow(NoSuchMatchError);
    expect(() => chooseMatch([], {})).toThrow(NoSuchMatchError);
  });
});

describe('rescore', () => {
  it('gives the match to the side said, with the score said, and a fanny when the losers scored nothing', () => {
    const wrong = recent[0];
    if (!wrong) throw new Error('fixture');
    const fixed = rescore(wrong, { winner: 'blue', winnerGoals: 10, loserGoals: 0 });
    expect(fixed).toMatchObject({
      id: wrong.id,
      finishedAt: wrong.finishedAt,
      winner: 'blue',
      goals: { red: 0, blue: 10 },
      games: [{ red: 0, blue: 10 }],
      gamesWon: { red: 0, blue: 1 },
      fanny: true,
    });
  });

  it('refuses a score no game of the match ends on, and a score that is already the result', () => {
    const match = recent[0];
    if (!match) throw new Error('fixture');
    expect(() => rescore(match, { winner: 'red', winnerGoals: 9, loserGoals: 7 })).toThrow(
      ImpossibleScoreError,
    );
    expect(() => rescore(match, { winner: 'red', winnerGoals: 12, loserGoals: 3 })).toThrow(
      ImpossibleScoreError,
    );
    expect(() => rescore(match, { winner: 'red', winnerGoals: 10, loserGoals: 10 })).toThrow(
      ImpossibleScoreError,
    );
    expect(() => rescore(match, { winner: 'red', winnerGoals: 10, loserGoals: 8 })).toThrow(
      NothingToCorrectError,
    );
  });

  it('takes extended scores where the rules ask for a lead, and refuses to rescore a match of several games', () => {
    expect(endsGame({ target: 3, winBy: 1 }, 5, 4)).toBe(false);
    expect(endsGame({ target: 3, winBy: 1 }, 3, 2)).toBe(true);
    expect(endsGame({ target: 10, winBy: 1 }, 11, 10)).toBe(false);
    expect(endsGame({ target: 10, winBy: 2 }, 12, 10)).toBe(true);
    expect(endsGame({ target: 10, winBy: 2 }, 11, 10)).toBe(false);
    expect(endsGame({ target: 10, winBy: 2 }, 12, 9)).toBe(false);
    expect(endsGame({ target: 5, winBy: 2, cap: 8 }, 8, 7)).toBe(true);
    const itsf = { ...recent[0], rules: itsfRules(3) } as NonNullable<(typeof recent)[0]>;
    expect(() => rescore(itsf, { winner: 'blue', winnerGoals: 5, loserGoals: 3 })).toThrow(
      expect.objectContaining({ severalGames: true }),
    );
  });
});
