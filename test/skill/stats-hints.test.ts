import { describe, expect, it } from 'vitest';
import { skillUnderTest } from '../support/skill-device';

/**
 * What a stats answer suggests saying next must be heard as what it suggests: a bare "Alice
 * against Bob" starts a match, so the head-to-head example carries its stats words.
 */
describe('the examples a stats answer suggests', () => {
  const cases = [
    {
      locale: 'en-US',
      play: ['open baby foot', 'start a match to 2 between Alice and Bob', 'goal for red', 'goal for red'],
      ask: 'rankings',
      example: /Or: (.+)\?$/,
      answer: /^Alice against Bob: 1 game/,
    },
    {
      locale: 'fr-FR',
      play: [
        'ouvre mon baby foot',
        'lance un match en 2 points entre Alice et Bob',
        'but pour les rouges',
        'but pour les rouges',
      ],
      ask: 'le classement général',
      example: /Ou : (.+) \?$/,
      answer: /^Alice contre Bob : 1 match\./,
    },
  ];

  for (const { locale, play, ask, example, answer } of cases) {
    it(`in ${locale}: the head-to-head example gets the head-to-head record`, async () => {
      const skill = await skillUnderTest(locale);
      for (const text of play) await skill.say(text);
      const ranking = await skill.say(ask);
      const suggested = example.exec(ranking.reprompt ?? '')?.[1];
      expect(suggested, ranking.reprompt).toBeDefined();

      const turn = await skill.say(suggested ?? '');

      expect(turn.speech).toMatch(answer);
      expect((await skill.stored()).match?.status).toBe('finished');
    });
  }
});
