import { describe, expect, it } from 'vitest';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

const NOT_UNDERSTOOD = /pas compris/;

/** A console session that keeps every answer, to check none was "je n'ai pas compris". */
function transcript(skill: SkillUnderTest) {
  const lines: string[] = [];
  return {
    lines,
    async say(text: string) {
      const turn = await skill.say(text);
      lines.push(`${text} → ${turn.speech}`);
      return turn;
    },
  };
}

describe('le parler du babyfoot en français : comme les joueurs le disent vraiment', () => {
  it('joue un match en double en langage courant sans un seul « je n’ai pas compris »', async () => {
    const skill = await skillUnderTest('fr-FR');
    const { lines, say } = transcript(skill);

    await say('ouvre mon baby foot');
    expect((await say('bon, Alice et Bob contre Carole et David, en cinq points')).speech).toBe(
      "C'est parti ! Chez les rouges : Alice et Bob. Chez les bleus : Carole et David. Match en 5 points. Bon match !",
    );
    expect((await say('point rouge')).speech).toBe('But pour Alice et Bob ! Alice et Bob mènent 1 à 0.');
    await say('un point pour les bleus');
    await say("but de l'équipe rouge");
    expect((await say("c'est combien le score là")).speech).toBe('Alice et Bob mènent 2 à 1.');
    await say('allez, encore un pour les rouges');
    expect((await say('non, la balle est pas rentrée, enlève le but')).speech).toBe(
      "J'ai annulé le dernier but, d'Alice et Bob. Alice et Bob mènent 2 à 1.",
    );
    expect((await say('petite pause')).speech).toMatch(/^Match en pause\./);
    expect((await say('on peut reprendre')).speech).toBe('On reprend ! Alice et Bob mènent 2 à 1.');
    await say('Carole a marqué');
    await say('gamelle des bleus');
    expect((await say('on en est où là')).speech).toBe('Carole et David mènent 3 à 2.');
    await say("Bob vient d'en mettre un");
    await say('les rouges ont marqué');
    const win = await say("but d'Alice");
    expect(win.speech).toMatch(/^But d'Alice ! Alice et Bob gagnent le match, 5 à 3/);
    expect(lines.filter((line) => NOT_UNDERSTOOD.test(line))).toEqual([]);
    const [result] = await skill.history();
    expect(result).toMatchObject({ winner: 'red', goals: { red: 5, blue: 3 } });
  });

  it('joue un tournoi en langage courant, du début au podium', async () => {
    const skill = await skillUnderTest('fr-CA');
    const { lines, say } = transcript(skill);

    await say('ouvre mon baby foot');
    expect((await say('on organise un championnat en simple avec Alice et Bob et Carole')).speech).toMatch(
      /^Tournoi créé/,
    );
    await say('les matchs du tournoi en deux points');
    expect((await say("c'est bon, tout le monde est là, on commence le tournoi")).speech).toMatch(
      /^Le tournoi commence !/,
    );
    for (let played = 0; played < 3; played += 1) {
      expect((await say("c'est à qui de jouer")).speech).toMatch(/^Prochain match/);
      const started = await say('au suivant, lance le match');
      expect(started.speech).toMatch(/^Tour \d, match \d !/);
      const { match } = await skill.stored();
      // The first name alphabetically wins every match, 2 to 0.
      const winner = [...(match?.teams.red ?? []), ...(match?.teams.blue ?? [])].sort()[0] ?? '';
      await say(`but pour ${winner}`);
      await say(`${winner} a marqué`);
    }
    expect((await say('qui est en tête du tournoi')).speech).toMatch(
      /^Classement après 3 matchs : Premier : Alice, 4 points/,
    );
    expect((await say('on en est où dans le tournoi')).speech).toMatch(
      /^Le tournoi est terminé\. Alice remporte le tournoi/,
    );
    expect(lines.filter((line) => NOT_UNDERSTOOD.test(line))).toEqual([]);
  });

  it('entend une couleur comme une équipe, jamais comme un joueur inconnu', async () => {
    const skill = await skillUnderTest('fr-FR');
    await skill.say('lance un match entre Alice et Bob');
    for (const said of [
      'but pour les rouges',
      'point rouge',
      "but de l'équipe rouge",
      'les rouges marquent',
    ]) {
      expect((await skill.say(said)).speech, said).toMatch(/^But pour Alice !/);
    }
    expect((await skill.say('un point pour les bleus')).speech).toMatch(/^But pour Bob !/);
    expect((await skill.say('les stats de rouge')).speech).toBe(
      "Les rouges, c'est une équipe, pas un joueur. Donnez un prénom, par exemple : Alice.",
    );
  });

  it('répète sa dernière réponse', async () => {
    const skill = await skillUnderTest('fr-FR');
    await skill.say('ouvre mon baby foot');
    await skill.say('lance un match entre Alice et Bob');
    const goal = await skill.say('but pour Bob');
    expect((await skill.say('répète')).speech).toBe(goal.speech);
    expect((await skill.say('commande une pizza')).speech).toMatch(
      /^Désolé, je n'ai pas compris\. Le match est en cours/,
    );
  });
});
