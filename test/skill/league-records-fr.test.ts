import { describe, expect, it } from 'vitest';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

/** Un match en 3 que les rouges gagnent 3 à `blueGoals`. */
async function redWins(skill: SkillUnderTest, red: string, blue: string, blueGoals = 0): Promise<void> {
  expect((await skill.say(`lance un match en 3 points entre ${red} et ${blue}`)).speech).toMatch(
    /^C'est parti/,
  );
  for (let goal = 0; goal < blueGoals; goal++) await skill.say('but pour les bleus');
  for (let goal = 0; goal < 3; goal++) await skill.say('but pour les rouges');
}

async function openSkill(): Promise<SkillUnderTest> {
  const skill = await skillUnderTest('fr-FR');
  await skill.say('ouvre mon baby foot');
  return skill;
}

describe('corriger un match terminé, en français', () => {
  it('supprime le dernier match après un oui, et corrige le score de celui d’avant', async () => {
    const skill = await openSkill();
    await redWins(skill, 'Alice', 'Bob', 1);
    await redWins(skill, 'Chloé', 'David');

    expect((await skill.say('supprime le dernier match')).speech).toBe(
      'Supprimer le match Chloé contre David, 3 à 0 pour Chloé ? Il ne comptera plus nulle part.',
    );
    expect((await skill.say('oui')).speech).toBe(
      'Supprimé : Chloé contre David, 3 à 0 pour Chloé ne compte plus. Les classements et les stats sont recalculés sans lui.',
    );
    expect((await skill.say('le dernier match c’était 3 à 2 pour les bleus')).speech).toBe(
      'Corriger le match Alice contre Bob, 3 à 1 pour Alice en 3 à 2 pour Bob ?',
    );
    expect((await skill.say('oui')).speech).toBe(
      'Corrigé : Bob contre Alice, 3 à 2 pour Bob. Les classements et les stats sont recalculés.',
    );

    expect((await skill.history()).map((result) => [result.winner, result.goals])).toEqual([
      ['blue', { red: 2, blue: 3 }],
    ]);
    expect((await skill.say('le classement')).speech).toMatch(/^Classement aux victoires : 1er, Bob/);
  });

  it('explique pourquoi il ne change rien : un score impossible, un match introuvable', async () => {
    const skill = await openSkill();
    await redWins(skill, 'Alice', 'Bob');

    expect((await skill.say('le dernier match c’était 5 à 4 pour les bleus')).speech).toBe(
      'Un match en 3 ne peut pas finir 5 à 4. Dites le score final, par exemple : 10 à 8 pour les bleus.',
    );
    expect((await skill.say("supprime l'avant dernier match")).speech).toBe(
      'Je ne trouve pas ce match parmi les 20 derniers de la ligue.',
    );
    expect(await skill.history()).toHaveLength(1);
  });
});

describe('les saisons et les noms, en français', () => {
  it('clôt la saison avec son podium, repart de zéro, garde la saison dernière', async () => {
    const skill = await openSkill();
    await redWins(skill, 'Alice', 'Bob');
    await redWins(skill, 'Alice', 'Chloé');

    expect((await skill.say('nouvelle saison')).speech).toBe(
      'On commence une nouvelle saison ? La saison 1 se termine avec 2 matchs, et les classements repartent de zéro.',
    );
    expect((await skill.say('oui')).speech).toBe(
      'La saison 1 est terminée. Le podium : premier, Alice avec 2 victoires ; deuxième, Bob avec 0 victoire ; deuxième, Chloé avec 0 victoire. La saison 2 commence maintenant : bonne chance à tous !',
    );
    expect((await skill.say('le classement')).speech).toBe("Aucun match joué cette saison pour l'instant.");
    expect((await skill.say('qui a gagné la saison dernière')).speech).toMatch(/Alice/);
    expect((await skill.say('nouvelle saison')).speech).toBe(
      "La saison 2 n'a encore aucun match : il n'y a rien à clore.",
    );
  });

  it('fusionne deux noms après un oui, et refuse deux joueurs qui se sont affrontés', async () => {
    const skill = await openSkill();
    await redWins(skill, 'Alice', 'Bob');
    await redWins(skill, 'Alicia', 'Chloé');

    expect((await skill.say('Alicia c’est Alice')).speech).toBe(
      "Alicia et Alice, c'est la même personne ? Les matchs d'Alicia deviendront ceux d'Alice.",
    );
    expect((await skill.say('oui')).speech).toBe(
      "C'est fait : le match d'Alicia est à Alice maintenant, et les stats sont recalculées.",
    );
    expect((await skill.say('Bob c’est Alice')).speech).toBe(
      'Bob et Alice ont joué dans le même match : ce sont deux joueurs différents.',
    );
    expect((await skill.history()).flatMap((result) => result.teams.red)).toEqual(['Alice', 'Alice']);
  });
});
