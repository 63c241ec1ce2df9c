import { describe, expect, it } from 'vitest';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

async function openSkill(): Promise<SkillUnderTest> {
  const skill = await skillUnderTest('en-US');
  await skill.say('open baby foot');
  return skill;
}

/** The side given wins the running match to 3 on the table's own goal sensors. */
async function winsOnTable(skill: SkillUnderTest, team: 'red' | 'blue'): Promise<void> {
  const { match } = await skill.stored();
  if (!match) throw new Error('No match on the table');
  for (let goal = 0; goal < 3; goal++)
    await skill.backend.goalEventHandler({
      eventId: `${match.id}-${goal}`,
      matchId: match.id,
      team,
      at: Date.now() + goal,
      thingName: skill.thingName,
    });
  expect((await skill.stored()).match?.status).toBe('finished');
}

/** The side given wins the running match to 3 by voice; the last goal's answer. */
async function winsByVoice(skill: SkillUnderTest, team: 'red' | 'blue'): Promise<string> {
  await skill.say(`goal for the ${team}s`);
  await skill.say(`goal for the ${team}s`);
  return (await skill.say(`goal for the ${team}s`)).speech;
}

async function onTable(skill: SkillUnderTest): Promise<string> {
  const { match } = await skill.stored();
  return `${match?.teams.red.join('+')} v ${match?.teams.blue.join('+')}`;
}

describe('winner stays, in English', () => {
  it('an evening of six matches by voice and table goals: the winners stay, the line plays in turn', async () => {
    const skill = await openSkill();
    await skill.say('Alice and Bob play Carol and Dave, first to three');
    expect((await skill.say('Eve and Fred are next')).speech).toBe('Eve and Fred are in line, number 1.');
    expect((await skill.say('Gus and Hana are next')).speech).toBe('Gus and Hana are in line, number 2.');
    expect((await skill.say('Alice is next')).speech).toMatch(/^Alice is playing right now/);
    expect((await skill.say("who's in the queue")).speech).toBe('In line: Eve and Fred, then Gus and Hana.');

    const lineUps = [await onTable(skill)];
    // 1: Alice and Bob win by voice and hear who is next.
    expect(await winsByVoice(skill, 'red')).toMatch(
      /Next up: Alice and Bob stay, against Eve and Fred\. Say: start the next match\.$/,
    );
    await skill.say('Carol and Dave are next');
    expect((await skill.say('start the next match')).speech).toMatch(
      /^Match on! Red: Alice and Bob\. Blue: Eve and Fred\./,
    );
    lineUps.push(await onTable(skill));
    // 2: Eve and Fred win on the table.
    await winsOnTable(skill, 'blue');
    await skill.say('Alice and Bob are next');
    await skill.say('start the next match');
    lineUps.push(await onTable(skill));
    // 3 and 4: Eve and Fred keep winning, against Gus and Hana by voice, then on the table.
    await winsByVoice(skill, 'red');
    await skill.say('Gus and Hana are next');
    await skill.say('start the next match');
    lineUps.push(await onTable(skill));
    await winsOnTable(skill, 'red');
    await skill.say('start the next match');
    lineUps.push(await onTable(skill));
    // 5: Alice and Bob beat them; Gus and Hana, back in line after match 3, are next.
    await winsByVoice(skill, 'blue');
    await skill.say('start the next match');
    lineUps.push(await onTable(skill));

    expect(lineUps).toEqual([
      'Alice+Bob v Carol+Dave',
      'Alice+Bob v Eve+Fred',
      'Eve+Fred v Gus+Hana',
      'Eve+Fred v Carol+Dave',
      'Eve+Fred v Alice+Bob',
      'Alice+Bob v Gus+Hana',
    ]);
    expect(await skill.history()).toHaveLength(5);
  });

  it("removes a player and clears the line; with no challenger of the winners' size, no next match starts", async () => {
    const skill = await openSkill();
    await skill.say('start a match to 3 between Alice and Bob');
    await skill.say('Eve and Fred are next');
    expect((await skill.say('remove Eve from the queue')).speech).toBe(
      'Eve is out of the line. In line: Fred.',
    );
    expect((await skill.say('remove Zoe from the queue')).speech).toBe('Zoe is not in line.');
    expect((await skill.say('clear the queue')).speech).toBe('The line is empty.');
    // Alice wins a singles match, but the only challengers waiting are a pair.
    await skill.say('Gus and Hana are next');
    await winsByVoice(skill, 'red');
    expect((await skill.say('start the next match')).speech).toMatch(
      /^Nobody in line can play the winners\./,
    );
    expect((await skill.stored()).match?.status).toBe('finished');
    // An empty line: the next match would be a tournament's, and there is none.
    await skill.say('clear the queue');
    expect((await skill.say('start the next match')).speech).toMatch(/^There's no tournament\./);
  });
});
