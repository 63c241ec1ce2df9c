import { describe, expect, it } from 'vitest';
import { parseInvocation } from './invocation';

describe('parseInvocation', () => {
  it.each([
    ['ouvre mon baby foot', 'fr'],
    ['Alexa, ouvre mon babyfoot', 'fr'],
    ['lance mon baby foot', 'fr'],
    ['mon baby foot', 'fr'],
    ['demande à mon baby foot', 'fr'],
  ])('"%s" launches the skill', (text, language) => {
    expect(parseInvocation(text, 'mon baby foot', language)).toEqual({ kind: 'launch' });
  });

  it.each([['open baby foot'], ['start baby foot'], ['ask baby foot'], ['Alexa, open babyfoot']])(
    '"%s" launches the skill',
    (text) => {
      expect(parseInvocation(text, 'baby foot', 'en')).toEqual({ kind: 'launch' });
    },
  );

  it.each([
    ['demande à mon baby foot de lancer un match entre Alice et Bob', 'lancer un match entre Alice et Bob'],
    ["demande à mon baby foot d'annuler le but", 'annuler le but'],
    ['demande à mon baby foot quel est le score', 'quel est le score'],
    ['dis à mon baby foot but pour les rouges', 'but pour les rouges'],
    ['quel est le score avec mon baby foot', 'quel est le score'],
    ['lance un match', 'lance un match'],
    ['Jean-Pierre a marqué', 'Jean-Pierre a marqué'],
  ])('fr "%s" carries "%s"', (text, utterance) => {
    expect(parseInvocation(text, 'mon baby foot', 'fr')).toEqual({ kind: 'utterance', utterance });
  });

  it.each([
    ['ask baby foot to start a match between Alice and Bob', 'start a match between Alice and Bob'],
    ["ask baby foot what's the score", "what's the score"],
    ['tell baby foot goal for the reds', 'goal for the reds'],
    ['undo the last goal using baby foot', 'undo the last goal'],
    ['start a match', 'start a match'],
  ])('en "%s" carries "%s"', (text, utterance) => {
    expect(parseInvocation(text, 'baby foot', 'en')).toEqual({ kind: 'utterance', utterance });
  });
});
