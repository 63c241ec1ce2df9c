import { describe, expect, it } from 'vitest';
import { skillUnderTest } from '../support/skill-device';

describe('un match en double à 10, en français', () => {
  it('se joue en entier à la voix, annonces et historique compris', async () => {
    const skill = await skillUnderTest('fr-FR');
    await skill.say('ouvre mon baby foot');
    const start = await skill.say('lance un match en double, Alice et Bob contre Carole et David');
    expect(start.speech).toBe(
      "C'est parti ! Chez les rouges : Alice et Bob. Chez les bleus : Carole et David. Match en 10 points. Bon match !",
    );

    for (let goal = 0; goal < 6; goal += 1) await skill.say('but pour les rouges');
    for (let goal = 0; goal < 4; goal += 1) await skill.say('gamelle pour les bleus');
    expect((await skill.say('quel est le score')).speech).toBe('Alice et Bob mènent 6 à 4.');

    expect((await skill.say('annule le dernier but')).speech).toBe(
      "J'ai annulé le dernier but, de Carole et David. Alice et Bob mènent 6 à 3.",
    );
    for (let goal = 0; goal < 3; goal += 1) await skill.say('but pour les rouges');
    const win = await skill.say('but pour Alice');
    expect(win.speech).toBe("But d'Alice ! Alice et Bob gagnent le match, 10 à 3 ! Bravo !");

    const [result] = await skill.history();
    expect(result).toMatchObject({
      mode: 'doubles',
      winner: 'red',
      goals: { red: 10, blue: 3 },
      fanny: false,
    });
    expect(result?.scorers).toEqual({ Alice: 1 });
    expect((await skill.say('quel est le score')).speech).toBe('Alice et Bob ont gagné le match 10 à 3.');
  });

  it('demande les noms qui manquent, un par un, sans impasse', async () => {
    const skill = await skillUnderTest('fr-FR');
    const ask = await skill.say('lance un match en double');
    expect(ask.speech).toBe('Qui joue chez les rouges ?');
    expect(ask.sessionEnded).toBe(false);
    expect((await skill.say('Alice')).speech).toBe('Qui joue avec Alice chez les rouges ?');
    expect((await skill.say('Bob')).speech).toBe('Qui joue chez les bleus ?');
    expect((await skill.say('Carole')).speech).toBe('Qui joue avec Carole chez les bleus ?');
    const started = await skill.say('David');
    expect(started.speech).toMatch(
      /^C'est parti ! Chez les rouges : Alice et Bob\. Chez les bleus : Carole et David\./,
    );
  });

  it('refuse clairement ce qui ne va pas, sans rien changer', async () => {
    const skill = await skillUnderTest('fr-FR');
    expect((await skill.say('demande à mon baby foot quel est le score')).speech).toMatch(
      /^Aucun match en cours\./,
    );
    expect((await skill.say("demande à mon baby foot d'annuler le dernier but")).speech).toMatch(
      /^Aucun match en cours/,
    );
    expect((await skill.say('demande à mon baby foot de mettre le match en pause')).speech).toMatch(
      /^Aucun match en cours/,
    );
    expect((await skill.stored()).version).toBe(0);

    await skill.say('ouvre mon baby foot');
    const clash = await skill.say('lance un match entre Alice et Alice');
    expect(clash.speech).toBe('Alice joue déjà chez les rouges. Qui joue chez les bleus à la place ?');
    expect((await skill.say('Bob')).speech).toMatch(/^C'est parti !/);
    expect((await skill.say('annule le dernier but')).speech).toBe("Il n'y a aucun but à annuler.");

    const replace = await skill.say('lance un match entre Carole et David');
    expect(replace.speech).toMatch(
      /^Un match est déjà en cours\. .*Voulez-vous l’abandonner et lancer le nouveau \?$/,
    );
    expect((await skill.say('non')).speech).toMatch(/^D'accord, le match en cours continue\./);
    expect((await skill.stored()).match?.teams).toEqual({ red: ['Alice'], blue: ['Bob'] });

    const abandon = await skill.say('abandonne le match');
    expect(abandon.speech).toMatch(/^Voulez-vous vraiment abandonner le match \?/);
    expect((await skill.say('oui')).speech).toMatch(/^Match abandonné\./);
    expect((await skill.stored()).match?.status).toBe('abandoned');
    expect(await skill.history()).toEqual([]);
  });
});
