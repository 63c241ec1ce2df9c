import { describe, expect, it } from 'vitest';
import { abandonMatch, pauseMatch, startMatch } from '../../domain/match';
import { aliceVersusBob, tableGoals } from '../../domain/match/test-fixtures';
import { createTranslator } from '../../i18n/translator';
import { matchCard } from './match-card';

const en = createTranslator('en-GB');
const fr = createTranslator('fr-CA');

describe('the match card in the Alexa app', () => {
  it('carries the running score, team by team, with the games of a best-of match', () => {
    const match = tableGoals(aliceVersusBob({ target: 5, winBy: 1, bestOf: 3 }), 'rrrrr bbr');

    const card = matchCard(en, match);

    expect(card).toEqual({
      title: 'Babyfoot: the score',
      text: [
        'Match on · First to 5, best of 3',
        'Red (Alice): 1',
        'Blue (Bob): 2',
        'Games won: 1–0 (Game 2 of 3)',
      ].join('\n'),
    });
  });

  it('says when the match is paused', () => {
    const card = matchCard(en, pauseMatch(tableGoals(aliceVersusBob(), 'rrb'), 5000));

    expect(card.text.split('\n')[0]).toBe('Paused · First to 10');
  });

  it('carries the result once the match is won, with every game score', () => {
    const match = tableGoals(aliceVersusBob({ target: 3, winBy: 1, bestOf: 3 }), 'rrr bbb rbrr');

    const card = matchCard(en, match);

    expect(card).toEqual({
      title: 'Babyfoot: match result',
      text: [
        'Alice won the match 2 games to 1.',
        'Red (Alice): 2',
        'Blue (Bob): 1',
        'Games: 3–0, 0–3, 3–1',
      ].join('\n'),
    });
  });

  it('writes names as typed and agrees the verb with a doubles team, in French', () => {
    const doubles = startMatch({
      id: 'm2',
      teams: { red: ['Élodie', 'Tom & Co'], blue: ['Carole', 'David'] },
      rules: { target: 2, winBy: 1, bestOf: 1 },
      at: 1000,
    });

    const card = matchCard(fr, tableGoals(doubles, 'rr'));

    expect(card.title).toBe('Babyfoot : résultat du match');
    expect(card.text.split('\n')).toEqual([
      'Élodie & Tom & Co gagnent le match 2–0.',
      'Rouges (Élodie & Tom & Co) : 2',
      'Bleus (Carole & David) : 0',
    ]);
  });

  it('says an abandoned match does not count', () => {
    const card = matchCard(en, abandonMatch(tableGoals(aliceVersusBob(), 'rb'), 5000));

    expect(card.text.split('\n')).toEqual([
      "Abandoned: this match doesn't count.",
      'Red (Alice): 1',
      'Blue (Bob): 1',
    ]);
  });
});
