import { describe, expect, it } from 'vitest';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

/** Un match en double en 3 points que la paire rouge gagne 3 à 0. */
async function redPairWins(skill: SkillUnderTest, red: string, blue: string): Promise<void> {
  expect((await skill.say(`lance un match en double, ${red} contre ${blue}, en 3 points`)).speech).toMatch(
    /^C'est parti !/,
  );
  for (let goal = 0; goal < 3; goal++) await skill.say('but pour les rouges');
}

async function openSkill(): Promise<SkillUnderTest> {
  const skill = await skillUnderTest('fr-FR');
  await skill.say('ouvre mon baby foot');
  return skill;
}

describe('équipes équilibrées, en français', () => {
  it('sépare Alice et Bob qui gagnent tout ensemble, et lance le match sur un oui', async () => {
    const skill = await openSkill();
    for (let match = 0; match < 3; match++) await redPairWins(skill, 'Alice et Bob', 'Carole et David');

    const asked = await skill.say('fais des équipes équilibrées avec Alice et Bob et Carole et David');
    expect(asked.speech).toBe(
      'Équipes les plus équilibrées : Alice et Carole contre Bob et David, à pile ou face. On lance le match ?',
    );
    const started = await skill.say('oui');

    expect(started.speech).toMatch(
      /^C'est parti ! Chez les rouges : Alice et Carole\. Chez les bleus : Bob et David\./,
    );
  });

  it('à deux, un simple avec les chances du favori ; trois prénoms ou un prénom deux fois : la raison', async () => {
    const skill = await openSkill();
    await redPairWins(skill, 'Alice et Bob', 'Carole et David');

    expect((await skill.say('fais des équipes équilibrées avec Carole et Alice')).speech).toMatch(
      /^Carole contre Alice : \d+ pour cent pour Alice\. On lance le match \?$/,
    );
    expect((await skill.say('non')).speech).toBe("D'accord, je ne lance pas de match.");
    expect((await skill.say('fais des équipes équilibrées avec Alice et Bob et Carole')).speech).toMatch(
      /^Pour des équipes équilibrées, il faut deux joueurs, ou de quatre à huit, et vous en avez nommé 3\./,
    );
    expect((await skill.say('fais des équipes équilibrées avec Alice et Bob et Alice et David')).speech).toBe(
      'Vous avez nommé Alice deux fois : nommez chaque joueur une seule fois.',
    );
    expect((await skill.stored()).match?.status).toBe('finished');
  });
});
