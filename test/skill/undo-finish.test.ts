import { describe, expect, it } from 'vitest';
import { skillUnderTest } from '../support/skill-device';

/**
 * A wrong last goal (a sensor that counted one ball twice, a goal said for the wrong team)
 * is taken back even when it ended the match: the match is on again and its result leaves
 * the history, the stats and the ratings, as if it had never finished.
 */
describe('undoing the goal that ended a match', () => {
  it('reopens the match in English, and the goal scored again counts one win', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    await skill.say('start a match to 3 between Alice and Bob');
    await skill.say('goal for the blues');
    await skill.say('goal for red');
    await skill.say('goal for red');
    expect((await skill.say('goal for red')).speech).toMatch(/Alice wins the match, 3 to 1/);
    expect(await skill.history()).toHaveLength(1);

    const undone = await skill.say('undo the last goal');

    expect(undone.speech).toBe(
      "I removed the goal that ended the match, by Alice: the match is back on, and it isn't in the results any more. Alice leads 2 to 1. Match point for Alice!",
    );
    expect(await skill.history()).toEqual([]);
    expect((await skill.say("what's the score")).speech).toMatch(/^Alice leads 2 to 1\./);
    expect((await skill.say('how many wins does Alice have')).speech).toBe(
      "I don't know any player called Alice.",
    );

    expect((await skill.say('goal for the blues')).speech).toMatch(/^Goal for Bob!/);
    expect((await skill.say('Alice scores')).speech).toMatch(/Alice wins the match, 3 to 2/);
    const history = await skill.history();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ winner: 'red', goals: { red: 3, blue: 2 } });
    const stats = await skill.say('how is Alice doing');
    expect(stats.speech).toMatch(/^Alice: 1 game, 1 won and 0 lost/);
  });

  it('reopens the match in French, and the same request said twice takes back one goal', async () => {
    const skill = await skillUnderTest('fr-FR');
    await skill.say('ouvre mon baby foot');
    await skill.say('lance un match en 2 points entre Alice et Bob');
    await skill.say('but pour les bleus');
    await skill.say('but pour les rouges');
    expect((await skill.say('but pour les rouges')).speech).toMatch(/Alice gagne le match, 2 à 1/);

    const undone = await skill.device.say('annule le dernier but');
    // Alexa retries a request it got no answer to: the same request id again.
    const retried = await skill.device.resend();

    expect(undone.speech).toBe(
      "J'ai annulé le but qui finissait le match, d'Alice : le match reprend, et il ne compte plus dans les résultats. 1 partout.",
    );
    expect(retried.speech).toMatch(/^Ce but est déjà annulé\./);
    expect((await skill.stored()).match).toMatchObject({ status: 'in_progress', score: { red: 1, blue: 1 } });
    expect(await skill.history()).toEqual([]);
  });
});
