import { describe, expect, it } from 'vitest';
import { skillUnderTest } from '../support/skill-device';

describe('a question Alexa did not understand the answer to', () => {
  it('is asked again, keeping what was said, in English', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    expect((await skill.say('create a round robin tournament with Alice and Bob and Carol')).speech).toBe(
      'Singles or doubles?',
    );

    const misunderstood = await skill.say('tournament matches to one point');

    expect(misunderstood.request.request).toMatchObject({ intent: { name: 'AMAZON.FallbackIntent' } });
    expect(misunderstood.speech).toBe("Sorry, I didn't get that. Singles or doubles?");
    expect((await skill.say('singles')).speech).toMatch(
      /^Tournament created: round robin, singles, with Alice, Bob and Carol\./,
    );
  });

  it('says what did not happen when the player cancels it', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    await skill.say('create a tournament');

    const cancelled = await skill.say('cancel');

    expect(cancelled.speech).toBe('OK, no new tournament.');
    expect(cancelled.response.response?.shouldEndSession).toBe(true);
    expect(await skill.backend.deps.tournaments?.load(await skill.league())).toBeUndefined();
    await skill.say('open baby foot');
    expect((await skill.say('link table')).speech).toMatch(/code/);
    expect((await skill.say('stop')).speech).toBe('OK, this Echo stays as it was.');
  });

  it('is asked again in French too, and forgotten once the dialog is over', async () => {
    const skill = await skillUnderTest('fr-FR');
    await skill.say('ouvre mon baby foot');
    const asked = (await skill.say('crée un tournoi en simple avec Alice et Bob et Carole')).speech;

    const again = (await skill.say('les matchs du tournoi en un point')).speech;
    expect(again).toBe(`Désolé, je n'ai pas compris. ${asked}`);
    expect((await skill.say('championnat')).speech).toMatch(/^Tournoi créé/);

    // No question pending any more: the fallback suggests what a tournament taking players needs.
    expect((await skill.say('les matchs du tournoi en un point')).speech).toBe(
      "Désolé, je n'ai pas compris. Un tournoi prend des inscriptions : dites ajoute Eve, retire Bob, ou lance le tournoi.",
    );
  });
});
