import { describe, expect, it } from 'vitest';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

/** A doubles match to 3 the red pair wins 3 to 0. */
async function redPairWins(skill: SkillUnderTest, red: string, blue: string): Promise<void> {
  expect((await skill.say(`${red} play ${blue}, first to three`)).speech).toMatch(/^Match on!/);
  for (let goal = 0; goal < 3; goal++) await skill.say('goal for the reds');
}

async function openSkill(): Promise<SkillUnderTest> {
  const skill = await skillUnderTest('en-US');
  await skill.say('open baby foot');
  return skill;
}

describe('balanced teams, in English', () => {
  it('after an evening where Alice and Bob win everything together, splits them and starts the match on yes', async () => {
    const skill = await openSkill();
    for (let match = 0; match < 3; match++) await redPairWins(skill, 'Alice and Bob', 'Carol and Dave');

    const asked = await skill.say('make balanced teams with Alice and Bob and Carol and Dave');
    expect(asked.speech).toBe(
      'Fairest teams: Alice and Carol against Bob and Dave, a coin toss. Shall I start it?',
    );
    const started = await skill.say('yes');

    expect(started.speech).toMatch(/^Match on! Red: Alice and Carol\. Blue: Bob and Dave\./);
    expect((await skill.stored()).match?.teams).toEqual({ red: ['Alice', 'Carol'], blue: ['Bob', 'Dave'] });
  });

  it('with six names, the two newcomers play and two of the evening regulars sit out', async () => {
    const skill = await openSkill();
    await redPairWins(skill, 'Alice and Bob', 'Carol and Dave');

    const asked = await skill.say(
      'make balanced teams with Alice and Bob and Carol and Dave and Eve and Fred',
    );
    expect(asked.speech).toMatch(/ sit out first\. Shall I start it\?$/);
    expect(asked.speech).toMatch(/Eve/);
    expect(asked.speech.split('.')[0]).toMatch(/Eve.*Fred|Fred.*Eve/);
    await skill.say('yes');
    const { match } = await skill.stored();
    expect([...(match?.teams.red ?? []), ...(match?.teams.blue ?? [])]).toEqual(
      expect.arrayContaining(['Eve', 'Fred']),
    );
  });

  it('two names make a singles match with the favourite odds; no keeps the table as it was', async () => {
    const skill = await openSkill();
    await redPairWins(skill, 'Alice and Bob', 'Carol and Dave');

    const asked = await skill.say('make balanced teams with Carol and Alice');
    expect(asked.speech).toMatch(/^Carol against Alice: \d+ percent for Alice\. Shall I start it\?$/);
    expect((await skill.say('no')).speech).toBe('OK, no match started.');
    expect((await skill.stored()).match?.status).toBe('finished');
  });

  it('says the question replaces a running match, and does on yes', async () => {
    const skill = await openSkill();
    await skill.say('start a match between Eve and Fred');
    const asked = await skill.say('make balanced teams with Alice and Bob');
    expect(asked.speech).toBe(
      'Alice against Bob: a coin toss. Shall I start it in place of the match in progress?',
    );
    await skill.say('yes');
    expect((await skill.stored()).match?.teams).toEqual({ red: ['Alice'], blue: ['Bob'] });
  });

  it('three names or a name said twice get a reason and start nothing', async () => {
    const skill = await openSkill();
    expect((await skill.say('make balanced teams with Alice and Bob and Carol')).speech).toMatch(
      /^Balanced teams need two players, or four to eight, and you named 3\./,
    );
    expect((await skill.say('make balanced teams with Alice and Bob and Alice and Dave')).speech).toBe(
      'You named Alice twice: name each player once.',
    );
    expect((await skill.stored()).match).toBeUndefined();
  });
});
