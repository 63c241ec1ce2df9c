import { describe, expect, it } from 'vitest';
import { skillUnderTest } from '../support/skill-device';

describe('a singles match to 5, in English', () => {
  it('plays a whole match by voice, with a pause, an undo and the result kept in history', async () => {
    const skill = await skillUnderTest('en-US');

    const launch = await skill.say('open baby foot');
    expect(launch.speech).toMatch(/Welcome to Babyfoot/);
    expect(launch.sessionEnded).toBe(false);

    const start = await skill.say('start a match to 5 between Alice and Bob');
    expect(start.speech).toBe('Match on! Red: Alice. Blue: Bob. First to 5. Have a good game!');

    await skill.say('goal for the reds');
    await skill.say('goal for the reds');
    const blueGoal = await skill.say('goal for Bob');
    expect(blueGoal.speech).toBe('Goal by Bob! Alice leads 2 to 1.');

    const undo = await skill.say('undo the last goal');
    expect(undo.speech).toBe('I removed the last goal, by Bob. Alice leads 2 to 0.');

    const pause = await skill.say('pause the match');
    expect(pause.speech).toMatch(/^Match paused\. Alice leads 2 to 0\./);
    const refused = await skill.say('goal for the blues');
    expect(refused.speech).toMatch(/paused, so that goal doesn't count/);
    expect((await skill.stored()).match?.score).toEqual({ red: 2, blue: 0 });

    expect((await skill.say('resume the match')).speech).toBe('Play on! Alice leads 2 to 0.');
    await skill.say('goal for the reds');
    await skill.say('goal for the reds');
    const score = await skill.say("what's the score");
    expect(score.speech).toBe('Alice leads 4 to 0. Match point for Alice!');

    const win = await skill.say('goal for the reds');
    expect(win.speech).toBe(
      "Goal for Alice! Alice wins the match, 5 to 0! Congratulations! And that's a fanny: Bob didn't score a single goal!",
    );

    const stored = await skill.stored();
    expect(stored.match?.status).toBe('finished');
    const [result] = await skill.history();
    expect(result).toMatchObject({
      winner: 'red',
      goals: { red: 5, blue: 0 },
      fanny: true,
      teams: { red: ['Alice'], blue: ['Bob'] },
    });
  });
});
