import { describe, expect, it } from 'vitest';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

/** Plays a match to 3 that the red side wins 3 to `blueGoals`. */
async function redWins(skill: SkillUnderTest, red: string, blue: string, blueGoals = 0): Promise<void> {
  expect((await skill.say(`start a match to 3 between ${red} and ${blue}`)).speech).toMatch(/^Match on!/);
  for (let goal = 0; goal < blueGoals; goal++) await skill.say('goal for the blues');
  for (let goal = 0; goal < 3; goal++) await skill.say('goal for the reds');
}

async function openSkill(): Promise<SkillUnderTest> {
  const skill = await skillUnderTest('en-US');
  await skill.say('open baby foot');
  return skill;
}

describe('corrections of finished matches, in English', () => {
  it('deletes the last match after a yes; a no keeps it; the rankings are recounted without it', async () => {
    const skill = await openSkill();
    await redWins(skill, 'Alice', 'Bob', 1);
    await redWins(skill, 'Bob', 'Alice', 2);

    const asked = await skill.say('delete the last match');
    expect(asked.speech).toBe(
      'Delete the match Bob against Alice, 3 to 2 for Bob? It will no longer count anywhere.',
    );
    expect((await skill.say('no')).speech).toBe('OK, the match stays as it was.');
    expect(await skill.history()).toHaveLength(2);

    await skill.say('delete the last match');
    const done = await skill.say('yes');

    expect(done.speech).toBe(
      'Deleted: Bob against Alice, 3 to 2 for Bob no longer counts. Rankings and stats are recounted without it.',
    );
    expect((await skill.history()).map((result) => result.teams.red)).toEqual([['Alice']]);
    // The table no longer shows it as played, and its last goal cannot bring it back.
    expect((await skill.stored()).match?.status).toBe('abandoned');
    expect((await skill.say('undo the last goal')).speech).not.toMatch(/removed/);
    expect((await skill.say("what are Bob's stats")).speech).toMatch(/^Bob: 1 game, 0 won and 1 lost/);
  });

  it('corrects the match before the last to the score said, for the side said, ratings following', async () => {
    const skill = await openSkill();
    await redWins(skill, 'Alice', 'Bob', 1);
    await redWins(skill, 'Carol', 'Dave');

    const asked = await skill.say('the previous match was 3 to 2 for the blues');
    expect(asked.speech).toBe('Change the match Alice against Bob, 3 to 1 for Alice to 3 to 2 for Bob?');
    const done = await skill.say('yes');

    expect(done.speech).toBe(
      'Corrected: Bob against Alice, 3 to 2 for Bob. Rankings and stats are recounted.',
    );
    const [last, before] = await skill.history();
    expect(last?.teams.red).toEqual(['Carol']);
    expect(before).toMatchObject({ winner: 'blue', goals: { red: 2, blue: 3 }, fanny: false });
    expect((await skill.say("what's Bob's rank")).speech).toMatch(/^Bob is (joint )?1st/);
    expect((await skill.say("what are Alice's stats")).speech).toMatch(/^Alice: 1 game, 0 won and 1 lost/);
  });

  it('finds a match by its players, and says why it changes nothing for a score, a match or a name that cannot be', async () => {
    const skill = await openSkill();
    await redWins(skill, 'Alice', 'Bob');
    await redWins(skill, 'Carol', 'Dave');

    expect((await skill.say('delete the match between Alice and Bob')).speech).toBe(
      'Delete the match Alice against Bob, 3 to 0 for Alice? It will no longer count anywhere.',
    );
    expect((await skill.say('no')).speech).toBe('OK, the match stays as it was.');
    expect((await skill.say('delete the match between Eve and Fred')).speech).toBe(
      "I can't find a match between Eve and Fred among the league's last 20.",
    );
    expect((await skill.say('the last match was 2 to 1 for the blues')).speech).toBe(
      'A match to 3 cannot end 2 to 1. Say the final score, for example: 10 to 8 for the blues.',
    );
    expect((await skill.say('the last match was 3 to 0 for the reds')).speech).toBe(
      'That is already the score of that match: nothing to change.',
    );
    expect((await skill.say('the last match was 3 to 1 for Eve')).speech).toMatch(/Eve/);
    expect((await skill.history()).map((result) => result.goals)).toEqual([
      { red: 3, blue: 0 },
      { red: 3, blue: 0 },
    ]);
  });
});

describe('seasons, in English', () => {
  it('closes a season after a yes with its podium; the rankings start afresh and last season stays askable', async () => {
    const skill = await openSkill();
    await redWins(skill, 'Alice', 'Bob');
    await redWins(skill, 'Alice', 'Carol');
    await redWins(skill, 'Bob', 'Carol');

    expect((await skill.say('start a new season')).speech).toBe(
      'Start a new season? Season 1 closes with 3 matches, and the rankings start afresh.',
    );
    const closed = await skill.say('yes');

    expect(closed.speech).toBe(
      'Season 1 is closed. The podium: first, Alice with 2 wins; second, Bob with 1 win; third, Carol with 0 wins. Season 2 starts now: good luck everyone!',
    );
    expect((await skill.say('what are the rankings')).speech).toBe('No match played this season yet.');
    expect((await skill.say('who won last season')).speech).toMatch(/Alice/);
    expect((await skill.say('what are the rankings of all time')).speech).toMatch(
      /^Rankings by wins: 1st, Alice/,
    );
    expect((await skill.say('start a new season')).speech).toBe(
      'Season 2 has no match yet: there is nothing to close.',
    );

    await redWins(skill, 'Carol', 'Alice');
    expect((await skill.say('what are the rankings')).speech).toMatch(
      /^Rankings by wins this season: 1st, Carol/,
    );
    expect((await skill.say('what are the rankings of all time')).speech).toMatch(
      /Alice, provisional: 2 wins in 3 games/,
    );
  });
});

describe('names, in English', () => {
  it('merges a misheard name into a player after a yes, and refuses two players who met', async () => {
    const skill = await openSkill();
    await redWins(skill, 'Alice', 'Bob');
    await redWins(skill, 'Alicia', 'Carol');

    expect((await skill.say('Alicia is Alice')).speech).toBe(
      "Are Alicia and Alice the same player? Alicia's matches will become Alice's.",
    );
    expect((await skill.say('yes')).speech).toBe(
      "Done: Alicia's match is Alice's now, and the stats are recounted.",
    );
    expect((await skill.say("what are Alice's stats")).speech).toMatch(/^Alice: 2 games, 2 won and 0 lost/);
    expect((await skill.history()).flatMap((result) => result.teams.red)).toEqual(['Alice', 'Alice']);
    // Alexa will mishear her again: a new match said with the merged name counts as Alice's.
    expect((await skill.say('start a match to 3 between Alicia and Carol')).speech).toMatch(
      /^Match on! Red: Alice\. Blue: Carol\./,
    );
    await skill.say('abandon the match');
    await skill.say('yes');

    expect((await skill.say('Bob is Alice')).speech).toBe(
      'Bob and Alice played in the same match: they are two different players.',
    );
    expect((await skill.say('rename Bob to Robert')).speech).toBe(
      "Rename Bob to Robert in all of the league's matches?",
    );
    expect((await skill.say('yes')).speech).toBe(
      'Done: Bob is called Robert now, in every match of the league.',
    );
    expect((await skill.say('what are the rankings')).speech).toMatch(/Robert/);
  });
});
