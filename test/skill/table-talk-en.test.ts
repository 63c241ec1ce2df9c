import { describe, expect, it } from 'vitest';
import { skillUnderTest } from '../support/skill-device';

const NOT_UNDERSTOOD = /didn't get that/;

describe('table talk in English: the way players really say it', () => {
  it('plays a whole doubles match in loose phrasing without one "Sorry, I didn\'t get that"', async () => {
    const skill = await skillUnderTest('en-US');
    const heard: string[] = [];
    const say = async (text: string) => {
      const turn = await skill.say(text);
      heard.push(`${text} → ${turn.speech}`);
      return turn;
    };

    await say('open baby foot');
    expect((await say('ok so Alice and Bob play Carol and Dave, first to five')).speech).toBe(
      'Match on! Red: Alice and Bob. Blue: Carol and Dave. First to 5. Have a good game!',
    );
    expect((await say('goal for red')).speech).toBe('Goal for Alice and Bob! Alice and Bob lead 1 to 0.');
    await say('blue team scores');
    await say('red point');
    expect((await say("what's the score now")).speech).toBe('Alice and Bob lead 2 to 1.');
    await say('um, one more for the reds please');
    expect((await say("it didn't go in, take that goal off")).speech).toBe(
      'I removed the last goal, by Alice and Bob. Alice and Bob lead 2 to 1.',
    );
    expect((await say('hold on, pause the game')).speech).toMatch(/^Match paused\./);
    expect((await say("ok we're back, let's carry on")).speech).toBe('Play on! Alice and Bob lead 2 to 1.');
    await say('Carol scored');
    await say('gamelle for the blues');
    expect((await say('how are we doing')).speech).toBe('Carol and Dave lead 3 to 2.');
    await say('Bob just put one in');
    await say('the reds have scored');
    expect((await say("who's winning right now")).speech).toBe(
      'Alice and Bob lead 4 to 3. Match point for Alice and Bob!',
    );
    const win = await say('nice goal Alice');
    expect(win.speech).toMatch(/^Goal by Alice! Alice and Bob win the match, 5 to 3!/);
    expect(heard.filter((line) => NOT_UNDERSTOOD.test(line))).toEqual([]);
    const [result] = await skill.history();
    expect(result).toMatchObject({ winner: 'red', goals: { red: 5, blue: 3 } });
  });

  it('hears a team colour in every form as the team, never as an unknown player', async () => {
    const skill = await skillUnderTest('en-GB');
    await skill.say('start a match between Alice and Bob');
    for (const said of ['goal for red', 'point for the reds', 'team red scores', 'red team goal']) {
      expect((await skill.say(said)).speech, said).toMatch(/^Goal for Alice!/);
    }
    expect((await skill.say('the blues scored')).speech).toMatch(/^Goal for Bob!/);
    expect((await skill.stored()).match?.score).toEqual({ red: 4, blue: 1 });
  });

  it('answers a colour said where a player belongs, and asks for the name', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    const start = await skill.say('start a match between red and blue');
    expect(start.speech).toBe("That's the red team: I need the players' names. Who plays red?");
    expect((await skill.say('Alice')).speech).toBe(
      "That's the blue team: I need the players' names. Who plays blue?",
    );
    expect((await skill.say('Bob')).speech).toMatch(/^Match on! Red: Alice\. Blue: Bob\./);
    expect((await skill.say('stats for red')).speech).toBe(
      "That's the red team, not a player. Name a player, for example: Alice.",
    );
  });

  it('repeats its last answer, and suggests what fits where the players are', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    expect((await skill.say('repeat')).speech).toMatch(/^Welcome to Babyfoot!/);
    expect((await skill.say('order me a pizza')).speech).toBe(
      "Sorry, I didn't get that. To play, say: start a match between Alice and Bob. You can also ask: who's number one?",
    );
    await skill.say('start a match between Alice and Bob');
    const goal = await skill.say('goal for Bob');
    expect((await skill.say('say that again')).speech).toBe(goal.speech);
    expect((await skill.say('order me a pizza')).speech).toMatch(
      /^Sorry, I didn't get that\. The match is on: say goal for the reds/,
    );
    await skill.say('pause');
    expect((await skill.say('order me a pizza')).speech).toMatch(
      /^Sorry, I didn't get that\. The match is paused: say resume/,
    );
  });

  it('takes a goal off a team only when that team scored the last one', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('start a match between Alice and Bob');
    await skill.say('goal for Alice');
    expect((await skill.say('take a goal off the blues')).speech).toBe(
      'The last goal was scored by Alice, so I changed nothing. To take it back, say: undo the last goal. Alice leads 1 to 0.',
    );
    expect((await skill.stored()).match?.score).toEqual({ red: 1, blue: 0 });
    expect((await skill.say('remove a goal from the reds')).speech).toBe(
      'I removed the last goal, by Alice. No goals yet.',
    );
  });

  it('refuses rules out of range with a reason, and changes nothing', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('start a match between Alice and Bob');
    const refused = await skill.say('first to five hundred');
    expect(refused.speech).toBe('A game can be played to anything from 1 to 99 points.');
    expect((await skill.stored()).match?.rules.target).toBe(10);
  });
});
