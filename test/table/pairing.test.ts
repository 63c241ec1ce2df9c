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

  /** The `index`-th code that is not `code`: what a guesser, or a slip of the tongue, says. */
  function wrongCode(code: string, index: number): string {
    const candidate = String(1000 + index * 7).padStart(4, '0');
    return candidate === code ? String(9000 + index) : candidate;
  }

  it('in English: after five wrong codes even the right one is refused, and says when to try again', async () => {
    skill = await startTableSkill({ now: () => clock });
    const echo = skill.echo('en-US');
    for (let i = 0; i < 5; i++) {
      const refused = await echo.say(`ask baby foot to link table ${spokenDigits(wrongCode('', i))}`);
      expect(refused.speech).toMatch(/^No table shows the code/);
    }
    clock += 9 * 60_000;
    const shown = await tableAsksForCode('babyfoot-office-1');
    clock += 60_000;

    const locked = await echo.say(`ask baby foot to link table ${spokenDigits(shown.code)}`);

    expect(locked.speech).toBe(
      'Too many wrong codes from this account. To keep tables safe from guessing, no code is accepted for now, not even the right one: try again in 5 minutes.',
    );
    expect((await skill.shadow('babyfoot-office-1'))?.state.desired?.pairing).toEqual(shown);
    // Another account is not held back by this one's slips.
    const neighbour = skill.echo('en-US', 'amzn1.ask.account.neighbour');
    expect((await neighbour.say('ask baby foot to link table 0 0 0 0')).speech).toMatch(/^No table shows/);

    clock += 5 * 60_000 - 1000;
    expect((await echo.say(`ask baby foot to link table ${shown.code}`)).speech).toMatch(/in 1 minute\.$/);
    clock += 1000;
    const linked = await echo.say(`ask baby foot to link table ${spokenDigits(shown.code)}`);
    expect(linked.speech).toMatch(/^Done: this Echo now drives the table babyfoot office 1\./);
  });

  it('en français : après cinq codes faux, même le bon est refusé jusqu’à la fin de la fenêtre', async () => {
    skill = await startTableSkill({ now: () => clock });
    const echo = skill.echo('fr-FR');
    for (let i = 0; i < 5; i++)
      await echo.say(`demande à mon baby foot d'associer le babyfoot ${spokenDigits(wrongCode('', i))}`);
    const shown = await tableAsksForCode('babyfoot-bureau-2');

    const locked = await echo.say(
      `demande à mon baby foot d'associer le babyfoot ${spokenDigits(shown.code)}`,
    );

    expect(locked.speech).toBe(
      "Trop de codes faux pour ce compte. Pour protéger les babyfoots des essais au hasard, aucun code n'est accepté pour l'instant, même le bon : réessayez dans 15 minutes.",
    );
    clock += 15 * 60_000;
    const fresh = await tableAsksForCode('babyfoot-bureau-2');
    const linked = await echo.say(
      `demande à mon baby foot d'associer le babyfoot ${spokenDigits(fresh.code)}`,
    );
    expect(linked.speech).toMatch(
      /^C'est fait : cet appareil pilote maintenant le babyfoot babyfoot bureau 2\./,
    );
  });

  it('changes a table’s code after ten wrong codes, whoever says them: the old code links nothing, the new one does', async () => {
    skill = await startTableSkill({ now: () => clock });
    const shown = await tableAsksForCode('babyfoot-hall');
    const guessers = [
      skill.echo('en-US', 'amzn1.ask.account.one'),
      skill.echo('fr-FR', 'amzn1.ask.account.two'),
    ];
    for (let i = 0; i < 10; i++) {
      const guesser = guessers[i % 2];
      if (!guesser) throw new Error('no guesser');
      const code = spokenDigits(wrongCode(shown.code, i));
      await guesser.say(
        i % 2 === 0
          ? `ask baby foot to link table ${code}`
          : `demande à mon baby foot d'associer le babyfoot ${code}`,
      );
      if (i < 9) expect((await skill.shadow('babyfoot-hall'))?.state.desired?.pairing).toEqual(shown);
    }

    const replaced = pairingSchema.parse((await skill.shadow('babyfoot-hall'))?.state.desired?.pairing);
    expect(replaced.code).not.toBe(shown.code);
    expect(skill.log.lines).toContainEqual(
      expect.objectContaining({
        message: 'pairing code worn out by wrong codes',
        thingName: 'babyfoot-hall',
      }),
    );
    expect(JSON.stringify(skill.log.lines)).not.toContain(replaced.code);
    const owner = skill.echo('en-GB', 'amzn1.ask.account.owner');
    expect((await owner.say(`ask baby foot to link table ${spokenDigits(shown.code)}`)).speech).toMatch(
      /^No table shows the code/,
    );
    expect((await owner.say(`ask baby foot to link table ${spokenDigits(replaced.code)}`)).speech).toMatch(
      /now drives the table babyfoot hall/,
    );
  });

  it('in English: "unlink this table" forgets this Echo\'s link, and a match question is then told to link', async () => {
    skill = await startTableSkill({ now: () => clock });
    const echo = skill.echo('en-US');
    const shown = await tableAsksForCode('babyfoot-office-1');
    await echo.say(`ask baby foot to link table ${spokenDigits(shown.code)}`);
    await echo.say('ask baby foot to start a match between Alice and Bob');

    const unlinked = await echo.say('ask baby foot to unlink this table');

    expect(unlinked.speech).toBe(
      'Done: this Echo no longer drives the table babyfoot office 1. To link it again, say: link table, followed by the code shown on the table.',
    );
    expect((await echo.say("ask baby foot what's the score")).speech).toMatch(
      /isn't linked to a table yet\. Say: link table, followed by the code/,
    );
    expect((await echo.say('ask baby foot goal for the reds')).speech).toMatch(/isn't linked to a table yet/);
    // The match itself is the table's: nothing of it was lost.
    expect((await skill.backend.deps.matches.load('babyfoot-office-1')).match?.teams).toEqual({
      red: ['Alice'],
      blue: ['Bob'],
    });
    expect((await echo.say('ask baby foot to forget this table')).speech).toBe(
      "This Echo isn't linked to a table, so there's nothing to unlink.",
    );
  });

  it('understands other ways of unlinking, in English and in French', async () => {
    skill = await startTableSkill({ now: () => clock });
    const phrases = [
      ['en-US', 'ask baby foot to disconnect from the table'],
      ['en-GB', 'ask baby foot to forget this table'],
      ['en-US', 'ask baby foot to unpair this echo from the table'],
      ['fr-FR', "demande à mon baby foot d'oublier ce babyfoot"],
      ['fr-FR', 'demande à mon baby foot de dissocier ce babyfoot'],
      ['fr-CA', 'demande à mon baby foot de se déconnecter du babyfoot'],
      ['fr-FR', 'demande à mon baby foot de déconnecter cet appareil du babyfoot'],
    ] as const;
    for (const [index, [locale, phrase]] of phrases.entries()) {
      const echo = skill.echo(locale, `amzn1.ask.account.unlink-${index}`);
      const french = locale.startsWith('fr');
      const shown = await tableAsksForCode(`table-${index}`);
      const link = french ? "demande à mon baby foot d'associer le babyfoot" : 'ask baby foot to link table';
      await echo.say(`${link} ${spokenDigits(shown.code)}`);

      const turn = await echo.say(phrase);

      expect(turn.speech, phrase).toBe(
        french
          ? `C'est fait : cet appareil ne pilote plus le babyfoot table ${index}. Pour le relier à nouveau, dites : associe le babyfoot, suivi du code affiché sur la table.`
          : `Done: this Echo no longer drives the table table ${index}. To link it again, say: link table, followed by the code shown on the table.`,
      );
      const score = await echo.say(
        french ? 'demande à mon baby foot quel est le score' : "ask baby foot what's the score",
      );
      expect(score.speech, phrase).toMatch(
        french ? /n'est relié à aucun babyfoot/ : /isn't linked to a table yet/,
      );
    }
    const never = skill.echo('fr-FR', 'amzn1.ask.account.never-linked');
    expect((await never.say('demande à mon baby foot de dissocier ce babyfoot')).speech).toBe(
      "Cet appareil n'est relié à aucun babyfoot, il n'y a rien à dissocier.",
    );
  });
});
