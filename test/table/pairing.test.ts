import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pairingCodeKey } from '../../lambda/src/store/table-layout';
import { spokenDigits, startTableSkill, type TableSkill } from './support/table-skill';

const pairingSchema = z.object({ code: z.string().regex(/^\d{4}$/), expiresAt: z.number() });

describe('linking an Echo to a table with the code the table shows', () => {
  let skill: TableSkill;
  let clock = Date.now();
  afterEach(async () => {
    await skill.stop();
  });

  /** The table asks for a code (what the bridge publishes), and shows what the backend wrote in its shadow. */
  async function tableAsksForCode(thingName: string, eventId = `pairing-${Math.random()}`) {
    const outcome = await skill.backend.pairingEventHandler({ eventId, at: clock, thingName });
    expect(outcome.status).toBe('issued');
    return pairingSchema.parse((await skill.shadow(thingName))?.state.desired?.pairing);
  }

  it('in English: an unlinked Echo is told how to link, links with the code, then drives that table', async () => {
    skill = await startTableSkill({ now: () => clock });
    const echo = skill.echo('en-US');
    const shown = await tableAsksForCode('babyfoot-office-1');

    const unlinked = await echo.say('ask baby foot to start a match between Alice and Bob');
    expect(unlinked.speech).toMatch(/isn't linked to a table yet\. Say: link table, followed by the code/);

    const linked = await echo.say(`ask baby foot to link table ${spokenDigits(shown.code)}`);
    expect(linked.speech).toBe(
      'Done: this Echo now drives the table babyfoot office 1. Say: start a match, to play.',
    );
    expect((await skill.shadow('babyfoot-office-1'))?.state.desired?.pairing).toBeUndefined();

    const started = await echo.say('ask baby foot to start a match between Alice and Bob');
    expect(started.speech).toMatch(/^Match on!/);
    const live = await skill.backend.deps.matches.load('babyfoot-office-1');
    expect(live.match?.teams).toEqual({ red: ['Alice'], blue: ['Bob'] });
    expect((await skill.shadow('babyfoot-office-1'))?.state.desired?.match).toMatchObject({
      status: 'in_progress',
    });
  });

  it('en français : demande le code quand il manque, puis relie cet appareil', async () => {
    skill = await startTableSkill({ now: () => clock, defaultThingName: 'babyfoot-accueil' });
    const echo = skill.echo('fr-FR');
    const shown = await tableAsksForCode('babyfoot-bureau-2');

    const asked = await echo.say("demande à mon baby foot d'associer le babyfoot");
    expect(asked.speech).toBe('Quel code affiche le babyfoot ? Dites ses quatre chiffres.');
    expect(asked.sessionEnded).toBe(false);
    const linked = await echo.say(spokenDigits(shown.code));
    expect(linked.speech).toBe(
      "C'est fait : cet appareil pilote maintenant le babyfoot babyfoot bureau 2. Dites : lance un match, pour jouer.",
    );

    // Linked, the Echo drives its table rather than the default one.
    await echo.say('lance un match entre Alice et Bob');
    expect((await skill.backend.deps.matches.load('babyfoot-bureau-2')).match).toBeDefined();
    expect((await skill.backend.deps.matches.load('babyfoot-accueil')).match).toBeUndefined();
  });

  it('uses a code once: a second Echo saying it is told no table shows it', async () => {
    skill = await startTableSkill({ now: () => clock });
    const shown = await tableAsksForCode('table-a');
    await skill.echo('en-US').say(`ask baby foot to link table ${shown.code}`);

    const second = skill.echo('en-GB', 'amzn1.ask.account.neighbour');
    const refused = await second.say(`ask baby foot to pair with table ${shown.code}`);

    expect(refused.speech).toBe(
      `No table shows the code ${shown.code}. Check the code on the table, then say: link table, followed by the code.`,
    );
    expect((await second.say("ask baby foot what's the score")).speech).toMatch(/isn't linked/);
  });

  it('refuses an expired code (checked on read: TTL deletion is lazy) and changes nothing', async () => {
    skill = await startTableSkill({ now: () => clock });
    const echo = skill.echo('fr-CA');
    const shown = await tableAsksForCode('table-b');
    const stored = await skill.table.document.send(
      new GetCommand({ TableName: skill.table.tableName, Key: pairingCodeKey(shown.code) }),
    );
    // DynamoDB's TTL reads epoch seconds; the table reads epoch milliseconds: the same instant.
    expect(stored.Item?.expiresAt).toBe(shown.expiresAt / 1000);
    expect(shown.expiresAt - clock).toBeGreaterThan(9 * 60_000);

    clock += 11 * 60_000;
    const refused = await echo.say(
      `demande à mon baby foot d'associer le babyfoot ${spokenDigits(shown.code)}`,
    );

    expect(refused.speech).toMatch(new RegExp(`^Le code ${shown.code} a expiré\\.`));
    expect((await echo.say('demande à mon baby foot quel est le score')).speech).toMatch(
      /n'est relié à aucun babyfoot/,
    );
  });

  it('refuses a code no table shows', async () => {
    skill = await startTableSkill({ now: () => clock });
    const shown = await tableAsksForCode('table-c');
    const other = shown.code === '0000' ? '1111' : '0000';

    const refused = await skill.echo('en-US').say(`ask baby foot to link table ${spokenDigits(other)}`);

    expect(refused.speech).toMatch(new RegExp(`^No table shows the code ${other}\\.`));
    expect(skill.log.lines.filter((line) => line.message === 'echo linked to a table')).toEqual([]);
  });

  it('shows the same code for a redelivered request, and one code at a time per table', async () => {
    skill = await startTableSkill({ now: () => clock });
    const first = await tableAsksForCode('table-d', 'request-1');
    expect(await tableAsksForCode('table-d', 'request-1')).toEqual(first);

    let second = await tableAsksForCode('table-d', 'request-2');
    while (second.code === first.code) second = await tableAsksForCode('table-d', `request-${Math.random()}`);

    const stale = await skill.echo('en-US').say(`ask baby foot to link table ${first.code}`);
    expect(stale.speech).toMatch(/^No table shows the code/);
    const fresh = await skill.echo('en-US').say(`ask baby foot to link table ${second.code}`);
    expect(fresh.speech).toMatch(/now drives the table table d/);
  });

  it('ignores and logs a malformed pairing event', async () => {
    skill = await startTableSkill({ now: () => clock });

    const outcome = await skill.backend.pairingEventHandler({ eventId: '', thingName: 'bad/thing' });

    expect(outcome.status).toBe('ignored');
    expect(await skill.shadow('bad')).toBeUndefined();
    expect(skill.log.lines).toContainEqual(
      expect.objectContaining({ message: 'device error', problem: 'malformed pairing event' }),
    );
  });
});
