import { describe, expect, it } from 'vitest';
import { DuplicatePlayerError, PlayedTogetherError, UnknownPlayerError } from '../errors';
import { rebuildStats } from '../stats/rebuild';
import { redBeatsBlue, result } from '../stats/test-fixtures';
import { planNameChange, renameInResult } from './merge-names';

const at = Date.UTC(2026, 11, 1, 12);
const history = [
  redBeatsBlue(['Alicia'], ['Bob'], at),
  result({ red: ['Alice', 'Dave'], blue: ['Bob', 'Carol'] }, 'blue', at + 60_000, 5, { Carol: 4, Bob: 2 }),
  redBeatsBlue(['Bob'], ['Carol'], at + 120_000),
];
const allTime = rebuildStats(history).all;

describe('planNameChange', () => {
  it('merges a misheard name into a known player, and renames to a new name', () => {
    expect(planNameChange(allTime, 'alicia', 'ALICE')).toEqual({ from: 'Alicia', to: 'Alice', merge: true });
    expect(planNameChange(allTime, 'Bob', 'Robert')).toEqual({ from: 'Bob', to: 'Robert', merge: false });
  });

  it('refuses two names who played in one match, a name that never played, and the same name twice', () => {
    expect(() => planNameChange(allTime, 'Bob', 'Carol')).toThrow(PlayedTogetherError);
    expect(() => planNameChange(allTime, 'Alice', 'Dave')).toThrow(PlayedTogetherError);
    expect(() => planNameChange(allTime, 'Zed', 'Alice')).toThrow(UnknownPlayerError);
    expect(() => planNameChange(allTime, 'Bob', 'bob')).toThrow(DuplicatePlayerError);
  });
});

describe('renameInResult', () => {
  it('renames in the teams and in the credited goals, and leaves other matches alone', () => {
    const change = { from: 'Carol', to: 'Caroline', merge: false };
    const [first, second] = history;
    if (!first || !second) throw new Error('fixture');
    expect(renameInResult(first, change)).toBe(first);
    expect(renameInResult(second, change)).toMatchObject({
      teams: { red: ['Alice', 'Dave'], blue: ['Bob', 'Caroline'] },
      scorers: { Caroline: 4, Bob: 2 },
    });
  });

  it('gives a merged player both records: the recount counts them as one', () => {
    const merged = history.map((entry) =>
      renameInResult(entry, { from: 'Alicia', to: 'Alice', merge: true }),
    );
    const alice = rebuildStats(merged).all.players.find((player) => player.name === 'Alice');
    expect(alice?.singles.played).toBe(1);
    expect(alice?.doubles.played).toBe(1);
    expect(rebuildStats(merged).all.players.some((player) => player.name === 'Alicia')).toBe(false);
  });
});
