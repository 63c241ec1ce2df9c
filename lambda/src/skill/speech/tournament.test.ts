import { describe, expect, it } from 'vitest';
import {
  createTournament,
  nextMatch,
  recordResult,
  startNextMatch,
  startTournament,
} from '../../domain/tournament';
import { matchResult } from '../../domain/tournament/test-support';
import { createTranslator } from '../../i18n/translator';
import { joinEntrants, ordinal } from './tournament';
import { progressSpeech, standingsSpeech } from './tournament-standings';

const en = createTranslator('en-US');
const fr = createTranslator('fr-FR');

describe('tournament speech', () => {
  it('says places as words, then as numbers past ten', () => {
    expect([1, 2, 3, 10, 11, 22, 23].map((place) => ordinal(en, place))).toEqual([
      'first',
      'second',
      'third',
      'tenth',
      '11th',
      '22nd',
      '23rd',
    ]);
    expect([1, 2, 11, 21].map((place) => ordinal(fr, place))).toEqual(['premier', 'deuxième', '11e', '21e']);
  });

  it('lists players one by one and keeps teams together, escaped for SSML', () => {
    expect(joinEntrants(en, [['Alice'], ['Bob'], ['Carol']])).toBe('Alice, Bob and Carol');
    expect(
      joinEntrants(fr, [
        ['Alice', 'Bob'],
        ['Carole', 'D&D'],
      ]),
    ).toBe('Alice et Bob, ainsi que Carole et D&amp;D');
  });

  it('reads the table with shared places and signed goal differences', () => {
    // Prepare: the first match drawn is won 5–3 by red; the two others have not played yet.
    const started = startTournament(
      createTournament({ format: 'round_robin', players: ['Alice', 'Bob', 'Carol', 'Dave'] }),
      3,
    );
    const teams = nextMatch(started)?.teams ?? { red: [], blue: [] };
    const played = recordResult(
      startNextMatch(started, 'm1'),
      matchResult('m1', teams, 'red', { red: 5, blue: 3 }),
    );
    // Act
    const speech = standingsSpeech(en, played);
    // Assess
    expect(speech).toMatch(/^Standings after 1 match: /);
    expect(speech).toContain(`First: ${teams.red[0]}, 2 points, 1 win, goal difference +2.`);
    expect(speech).toContain(`Fourth: ${teams.blue[0]}, 0 points, 0 wins, goal difference -2.`);
    expect(speech.match(/Second, tied: \w+, 0 points, 0 wins, goal difference 0\./g)).toHaveLength(2);
    expect(progressSpeech(en, played)).toBe('Round 1 of 3: 1 played, 5 to go.');
  });
});
