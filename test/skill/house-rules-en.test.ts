import { describe, expect, it } from 'vitest';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

async function openSkill(): Promise<SkillUnderTest> {
  const skill = await skillUnderTest('en-US');
  await skill.say('open baby foot');
  return skill;
}

async function goals(skill: SkillUnderTest, phrase: string, count: number): Promise<void> {
  for (let goal = 0; goal < count; goal++) await skill.say(phrase);
}

describe('house rules, in English', () => {
  it('says the default rules, then café rules set by voice; a café match ends on the score a hand count gives', async () => {
    const skill = await openSkill();
    expect((await skill.say('what are our rules')).speech).toBe(
      'Your house rules: a gamelle counts as a goal; a midfield goal counts; a fanny is 10 to nil, and announced.',
    );
    expect((await skill.say('a gamelle takes a point off')).speech).toBe(
      'Noted: a gamelle takes a point off the other team, never below zero. That counts from the next match.',
    );
    expect((await skill.say('a midfield goal counts double')).speech).toBe(
      'Noted: a midfield goal counts double. That counts from the next match.',
    );
    expect((await skill.say('what are our rules')).speech).toBe(
      'Your house rules: a gamelle takes a point off the other team, never below zero; a midfield goal counts double; a fanny is 10 to nil, and announced.',
    );

    await skill.say('start a match to 5 between Alice and Bob');
    await goals(skill, 'goal for the reds', 3);
    await goals(skill, 'goal for the blues', 2);
    expect((await skill.say('gamelle for the reds')).speech).toMatch(/^Gamelle for Alice! A point off Bob\./);
    // Red 3 goals and a double midfield goal: 5; blue 2 goals less the gamelle: 1.
    expect((await skill.say('midfield goal for the reds')).speech).toMatch(
      /^Midfield goal for Alice! It counts double\. Alice wins the match, 5 to 1!/,
    );
    const [result] = await skill.history();
    expect(result?.games).toEqual([{ red: 5, blue: 1 }]);
  });

  it('turns the last goal of a team into a gamelle, and undo keeps the house count', async () => {
    const skill = await openSkill();
    await skill.say('a gamelle takes a point off');
    await skill.say('start a match between Alice and Bob');
    await goals(skill, 'goal for the blues', 2);
    await skill.say('goal for the reds');
    await skill.say('goal for the blues');

    expect((await skill.say('the last goal of the reds was a gamelle')).speech).toMatch(
      /^Changed: the last goal of Alice is now a gamelle\./,
    );
    expect((await skill.stored()).match?.score).toEqual({ red: 0, blue: 2 });
    await skill.say('undo the last goal');
    expect((await skill.stored()).match?.score).toEqual({ red: 0, blue: 1 });
  });

  it('a fanny at six nil ends the game there; a rule the house cannot have changes nothing', async () => {
    const skill = await openSkill();
    expect((await skill.say('fanny at 6 nil')).speech).toBe(
      'Noted: a fanny is 6 to nil, and announced. That counts from the next match.',
    );
    expect((await skill.say('fanny at 0 nil')).speech).toBe(
      'A fanny is from 1 to 99 goals to nil, so 0 is not a rule I can keep.',
    );
    await skill.say('start a match between Alice and Bob');
    await goals(skill, 'goal for the reds', 5);
    expect((await skill.say('goal for the reds')).speech).toMatch(/Alice wins the match, 6 to 0!.*fanny/);
  });
});
