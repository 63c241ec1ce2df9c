import { describe, expect, it } from 'vitest';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

describe('le gagnant reste, en français', () => {
  it('file des challengers, annonce des suivants, lance le match suivant', async () => {
    const skill: SkillUnderTest = await skillUnderTest('fr-FR');
    await skill.say('ouvre mon baby foot');
    await skill.say('lance un match entre Alice et Bob, en 3 points');
    expect((await skill.say('Eve prend la suite')).speech).toBe('Eve est dans la file, en position 1.');
    expect((await skill.say('Fred et Gus prennent la suite')).speech).toBe(
      'Fred et Gus sont dans la file, en position 2.',
    );
    const line = await skill.say('qui prend la suite');
    expect(line.speech).toBe('Dans la file : Eve, puis Fred et Gus.');
    expect(line.response.response.card).toMatchObject({
      title: 'Le gagnant reste : la file',
      content: '1. Eve\n2. Fred & Gus',
    });
    await skill.say('but pour les bleus');
    await skill.say('but pour les bleus');
    expect((await skill.say('but pour les bleus')).speech).toMatch(
      /Au suivant : Bob reste, contre Eve\. Dites : lance le match suivant\.$/,
    );
    expect((await skill.say('lance le match suivant')).speech).toMatch(
      /^C'est parti ! Chez les rouges : Bob\. Chez les bleus : Eve\./,
    );
    expect((await skill.say('retire Fred de la file')).speech).toBe(
      "Fred n'est plus dans la file. Dans la file : Gus.",
    );
    expect((await skill.say('vide la file')).speech).toBe('La file est vide.');
  });
});
