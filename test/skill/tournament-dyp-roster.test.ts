import { describe, expect, it } from 'vitest';
import { skillUnderTest } from '../support/skill-device';

describe('players joining and leaving a tournament', () => {
  it('says who joins and how many play, in English, once the Monster DYP has begun', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    await skill.say('create a Monster DYP tournament with Alice and Bob and Carol and Dave');
    expect((await skill.say('start the tournament')).speech).toMatch(
      /^The tournament begins! Monster DYP, 4 entrants/,
    );

    expect((await skill.say('add Eve')).speech).toBe('Eve joins the tournament. 5 players so far.');
    expect((await skill.say('add Fred and Grace')).speech).toBe(
      'Fred and Grace join the tournament. 7 players so far.',
    );
    expect((await skill.say('remove Bob')).speech).toBe('Bob is out of the tournament. 6 players left.');
    const next = (await skill.say("what's the next match")).speech;
    expect(next).not.toContain('Bob');
  });

  it('agrees the verb with the names added, in French', async () => {
    const skill = await skillUnderTest('fr-FR');
    await skill.say('ouvre mon baby foot');
    await skill.say('crée un championnat en simple avec Alice et Bob');

    expect((await skill.say('ajoute Carole')).speech).toBe('Carole rejoint le tournoi. 3 joueurs inscrits.');
    expect((await skill.say('ajoute David et Eve')).speech).toBe(
      'David et Eve rejoignent le tournoi. 5 joueurs inscrits.',
    );
  });
});
