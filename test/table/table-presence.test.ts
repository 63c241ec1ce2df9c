import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../local/free-port';
import { connectTestClient } from '../../local/iot/mqtt-test-client';
import { startTableSkill, type TableSkill } from './support/table-skill';

const THING = 'babyfoot-presence';
const NOW = Date.UTC(2026, 11, 7, 18, 0);
const MINUTE = 60_000;

describe('"is the table on?" is answered from the shadow\'s presence', () => {
  let skill: TableSkill;
  afterEach(async () => {
    await skill.stop();
  });

  async function until(check: () => Promise<boolean>): Promise<void> {
    for (const deadline = Date.now() + 5000; !(await check()); ) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('follows a table that connects and then drops off, in English and in French', async () => {
    skill = await startTableSkill({ defaultThingName: THING, presence: true });
    const english = skill.echo('en-US');
    const french = skill.echo('fr-FR');
    const connected = async () => (await skill.shadow(THING))?.state.reported?.connected;

    const table = await connectTestClient(skill.iot.mqttUrl, { clientId: THING });
    await until(async () => (await connected()) === true);
    const on = await english.say('ask baby foot is the table on');
    const allume = await french.say('demande à mon baby foot si le babyfoot est allumé');
    table.stream.destroy();
    await until(async () => (await connected()) === false);
    const off = await english.say('ask baby foot is the foosball table connected');
    const eteint = await french.say('demande à mon baby foot est ce que le babyfoot est connecté');

    expect(on.speech).toBe('Yes, the table is online: it connected a few seconds ago.');
    expect(allume.speech).toBe('Oui, le babyfoot est connecté depuis quelques secondes.');
    expect(off.speech).toBe(
      "No, the table is offline: it disconnected a few seconds ago. Until it's back, give the goals by voice.",
    );
    expect(eteint.speech).toBe(
      'Non, le babyfoot est déconnecté depuis quelques secondes. En attendant, donnez les buts à la voix.',
    );
  });

  it('says how long ago, in minutes, hours or days, with plurals', async () => {
    skill = await startTableSkill({ defaultThingName: THING, now: () => NOW });
    const english = skill.echo('en-GB');
    const french = skill.echo('fr-FR');

    await skill.report(THING, { connected: true, connectedAt: NOW - 1 * MINUTE - 5000 });
    const oneMinute = await english.say('ask baby foot is the table online');
    await skill.report(THING, { connected: true, connectedAt: NOW - 3 * 60 * MINUTE });
    const threeHours = await french.say('demande à mon baby foot le baby foot est il connecté');
    await skill.report(THING, { connected: false, disconnectedAt: NOW - 26 * 60 * MINUTE });
    const oneDayAndMore = await english.say('ask baby foot is the babyfoot on');
    await skill.report(THING, { connected: false, disconnectedAt: NOW - 3 * 24 * 60 * MINUTE });
    const threeDays = await french.say('demande à mon baby foot depuis quand le babyfoot est déconnecté');

    expect(oneMinute.speech).toBe('Yes, the table is online: it connected 1 minute ago.');
    expect(threeHours.speech).toBe('Oui, le babyfoot est connecté depuis 3 heures.');
    expect(oneDayAndMore.speech).toMatch(/^No, the table is offline: it disconnected 26 hours ago\./);
    expect(threeDays.speech).toMatch(/^Non, le babyfoot est déconnecté depuis 3 jours\./);
  });

  it('adds the sensor warnings of a connected table', async () => {
    skill = await startTableSkill({ defaultThingName: THING, now: () => NOW });
    await skill.report(THING, {
      connected: true,
      connectedAt: NOW - 10 * MINUTE,
      sensors: { red: 'ok', blue: 'unavailable' },
    });

    const on = await skill.echo('en-US').say('ask baby foot is the table on');

    expect(on.speech).toBe(
      "Yes, the table is online: it connected 10 minutes ago. Heads up: the table can't read the blue goal's sensor: give those goals by voice.",
    );
  });

  it('tells a table that never connected from a shadow that cannot be read', async () => {
    skill = await startTableSkill({ defaultThingName: THING });
    const never = await skill.echo('en-US').say('ask baby foot is the table on');
    const jamais = await skill.echo('fr-CA').say('demande à mon baby foot si le babyfoot est connecté');
    await skill.stop();
    skill = await startTableSkill({
      defaultThingName: THING,
      healthEndpoint: `http://127.0.0.1:${await freePort()}`,
    });

    const unknown = await skill.echo('en-US').say('ask baby foot is the table on');

    expect(never.speech).toBe(
      "The table has never connected: check that it's plugged in and on the network. Until then, give the goals by voice.",
    );
    expect(jamais.speech).toMatch(/^Le babyfoot ne s'est encore jamais connecté/);
    expect(unknown.speech).toBe("I can't tell right now whether the table is online.");
  });
});

describe('starting a match on a table that is offline', () => {
  let skill: TableSkill;
  afterEach(async () => {
    await skill.stop();
  });

  it('still starts it, warns that goals must be given by voice, and counts the goals said', async () => {
    skill = await startTableSkill({ defaultThingName: THING });
    await skill.report(THING, { connected: false, disconnectedAt: Date.now() - MINUTE });
    const english = skill.echo('en-US');
    const french = skill.echo('fr-FR');

    const started = await english.say('ask baby foot to start a match between Alice and Bob');
    const goal = await english.say('ask baby foot goal for the reds');
    await french.say('demande à mon baby foot de lancer un match entre Léa et Mehdi');
    const confirmed = await french.say('oui');

    expect(started.speech).toMatch(/ Heads up: the table is offline, so give the goals by voice\.$/);
    expect(goal.speech).toMatch(/Alice leads 1 to 0/);
    expect(confirmed.speech).toMatch(
      /Léa.* Attention : le babyfoot est déconnecté, donnez les buts à la voix\.$/,
    );
  });

  it('says nothing about it on a connected table, or one the presence rules never saw', async () => {
    skill = await startTableSkill({ defaultThingName: THING });
    const echo = skill.echo('en-US');

    const unseen = await echo.say('ask baby foot to start a match between Alice and Bob');
    await skill.report(THING, { connected: true, connectedAt: Date.now() });
    await echo.say('ask baby foot to start a match between Carol and Dave');
    const online = await echo.say('yes');

    expect(unseen.speech).toMatch(/^Let's go|Alice/);
    expect(unseen.speech).not.toMatch(/offline/);
    expect(online.speech).toMatch(/Carol/);
    expect(online.speech).not.toMatch(/offline/);
  });
});
