import { describe, expect, it } from 'vitest';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

async function openSkill(): Promise<SkillUnderTest> {
  const skill = await skillUnderTest('fr-FR');
  await skill.say('ouvre mon baby foot');
  return skill;
}

async function goals(skill: SkillUnderTest, phrase: string, count: number): Promise<void> {
  for (let goal = 0; goal < count; goal++) await skill.say(phrase);
}

describe('règles maison, en français', () => {
  it('dit les règles, les change à la voix, et compte un match aux règles du café comme à la main', async () => {
    const skill = await openSkill();
    expect((await skill.say('quelles sont nos règles')).speech).toBe(
      "Vos règles maison : une gamelle compte comme un but ; un demi compte ; la fanny, c'est 10 à zéro, et je l'annonce.",
    );
    expect((await skill.say('la gamelle enlève un point')).speech).toBe(
      "C'est noté : une gamelle enlève un point à l'autre équipe, jamais en dessous de zéro. Ça compte dès le prochain match.",
    );
    expect((await skill.say("on n'annonce pas les fannys")).speech).toBe(
      "C'est noté : la fanny, c'est 10 à zéro, sans l'annoncer. Ça compte dès le prochain match.",
    );

    await skill.say('lance un match entre Alice et Bob, en 3 points');
    await skill.say('but pour les bleus');
    expect((await skill.say('gamelle pour les rouges')).speech).toMatch(
      /^Gamelle pour Alice ! Un point de moins pour Bob\./,
    );
    expect((await skill.say('demi des rouges')).speech).toMatch(/^Demi pour Alice !/);
    await skill.say('but pour les rouges');
    const won = await skill.say('but pour les rouges');
    // 3 à 0 à la main (le but des bleus repris par la gamelle), mais pas de fanny annoncée.
    expect(won.speech).not.toMatch(/fanny/i);
    const [result] = await skill.history();
    expect(result?.games).toEqual([{ red: 3, blue: 0 }]);
  });

  it('« le but des rouges était une gamelle » change le dernier but des rouges', async () => {
    const skill = await openSkill();
    await skill.say('la gamelle enlève un point');
    await skill.say('lance un match entre Alice et Bob');
    await goals(skill, 'but pour les bleus', 2);
    await skill.say('but pour les rouges');
    expect((await skill.say('le but des rouges était une gamelle')).speech).toMatch(
      /^C'est corrigé : le dernier but d'Alice devient une gamelle\./,
    );
    expect((await skill.stored()).match?.score).toEqual({ red: 0, blue: 1 });
  });
});
