import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../local/free-port';
import { startTableSkill, type TableSkill } from './support/table-skill';

const THING = 'babyfoot-health';

describe("the score answer tells about the table's goal sensors", () => {
  let skill: TableSkill;
  afterEach(async () => {
    await skill.stop();
  });

  it('in English: a blocked sensor adds one sentence and logs a device error', async () => {
    skill = await startTableSkill({ defaultThingName: THING });
    const echo = skill.echo('en-US');
    await echo.say('ask baby foot to start a match between Alice and Bob');
    await echo.say('ask baby foot goal for the reds');
    await skill.report(THING, { sensors: { red: 'ok', blue: 'blocked' } });

    const score = await echo.say("ask baby foot what's the score");

    expect(score.speech).toBe("Alice leads 1 to 0. Heads up: the blue goal's sensor looks blocked.");
    expect(skill.log.lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'device error',
        thingName: THING,
        sensors: { red: 'ok', blue: 'blocked' },
      }),
    );
  });

  it('en français : un capteur bloqué, un capteur déréglé', async () => {
    skill = await startTableSkill({ defaultThingName: THING });
    const echo = skill.echo('fr-FR');
    await echo.say('demande à mon baby foot de lancer un match entre Alice et Bob');
    await skill.report(THING, { sensors: { red: 'noisy', blue: 'blocked' } });

    const score = await echo.say('demande à mon baby foot quel est le score');

    expect(score.speech).toMatch(
      / Attention : le capteur du but rouge semble déréglé\. Attention : le capteur du but bleu semble bloqué\.$/,
    );
  });

  it('says a sensor the table cannot read any more, in both languages: goals must be given by voice', async () => {
    skill = await startTableSkill({ defaultThingName: THING });
    const english = skill.echo('en-US');
    const french = skill.echo('fr-FR');
    await english.say('ask baby foot to start a match between Alice and Bob');
    await skill.report(THING, { sensors: { red: 'unavailable', blue: 'unavailable' } });

    const score = await english.say("ask baby foot what's the score");
    const score_fr = await french.say('demande à mon baby foot quel est le score');

    expect(score.speech).toBe(
      "No goals yet. Heads up: the table can't read the red goal's sensor: give those goals by voice. Heads up: the table can't read the blue goal's sensor: give those goals by voice.",
    );
    expect(score_fr.speech).toMatch(
      / Attention : le babyfoot ne lit plus le capteur du but rouge : donnez ces buts à la voix\. Attention : le babyfoot ne lit plus le capteur du but bleu : donnez ces buts à la voix\.$/,
    );
  });

  it('says nothing more when every sensor is ok, or when the table never reported', async () => {
    skill = await startTableSkill({ defaultThingName: THING });
    const echo = skill.echo('en-GB');
    await echo.say('ask baby foot to start a match between Alice and Bob');

    const before = await echo.say("ask baby foot what's the score");
    await skill.report(THING, { sensors: { red: 'ok', blue: 'ok' } });
    const after = await echo.say("ask baby foot what's the score");

    expect(before.speech).not.toMatch(/sensor/);
    expect(after.speech).toBe(before.speech);
    expect(skill.log.lines.filter((line) => line.message === 'device error')).toEqual([]);
  });

  it('answers the score when the shadow cannot be reached', async () => {
    skill = await startTableSkill({
      defaultThingName: THING,
      healthEndpoint: `http://127.0.0.1:${await freePort()}`,
    });
    const echo = skill.echo('fr-FR');
    await echo.say('demande à mon baby foot de lancer un match entre Alice et Bob');

    const score = await echo.say('demande à mon baby foot quel est le score');

    expect(score.speech).toBe('Pas encore de but.');
    expect(skill.log.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'table health unknown', thingName: THING }),
    );
  });
});
