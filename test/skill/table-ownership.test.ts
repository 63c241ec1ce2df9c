import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../lambda/src/backend';
import { memoryLogger } from '../../lambda/src/logger';
import { DynamoHistoryStore } from '../../lambda/src/store/dynamo-history-store';
import { createTestTable } from '../support/dynamodb';
import { newEcho, sayChecked } from '../support/simulated-echo';
import { TEST_SKILL_ID } from '../support/skill-device';

const OWNER = 'amzn1.ask.account.owner';
const NEIGHBOUR = 'amzn1.ask.account.neighbour';

/** One table, two accounts whose Echos drive it, and a clock the test moves. */
async function sharedTable(options: { defaultThingName?: string; staleMinutes?: number } = {}) {
  const table = await createTestTable();
  const thingName = options.defaultThingName ?? `table-${randomUUID().slice(0, 8)}`;
  const clock = { now: Date.now() };
  const backend = createBackend({
    config: {
      tableName: table.tableName,
      skillId: TEST_SKILL_ID,
      ...(options.defaultThingName === undefined ? {} : { defaultThingName: thingName }),
      ...(options.staleMinutes === undefined ? {} : { staleMatchMinutes: options.staleMinutes }),
    },
    dynamo: table.document,
    log: memoryLogger(),
    now: () => clock.now,
  });
  const echo = (userId: string, locale = 'en-US') => {
    const device = newEcho({ locale, skillId: TEST_SKILL_ID, userId, invoke: backend.handler });
    return async (text: string) => (await sayChecked(device, text)).speech;
  };
  const history = new DynamoHistoryStore({ client: table.document, tableName: table.tableName });
  return {
    backend,
    clock,
    thingName,
    owner: echo(OWNER),
    neighbour: echo(NEIGHBOUR),
    echo,
    live: () => backend.deps.matches.load(thingName),
    history: (account: string) => history.recent(account, 10),
  };
}

describe('only a table’s people drive it', () => {
  it('tells a stranger’s Echo on a stack with no default table to link, in both languages, and changes nothing', async () => {
    const stack = await sharedTable();
    const english = stack.echo('amzn1.ask.account.stranger');
    const french = stack.echo('amzn1.ask.account.etranger', 'fr-FR');

    expect(await english('ask baby foot to start a match between Alice and Bob')).toBe(
      "This Echo isn't linked to a table yet. Say: link table, followed by the code shown on the table.",
    );
    expect(await english('ask baby foot goal for the reds')).toMatch(
      /^This Echo isn't linked to a table yet\./,
    );
    expect(await french('demande à mon baby foot de lancer un match entre Alice et Bob')).toMatch(
      /^Cet appareil Echo n'est relié à aucun babyfoot\./,
    );
    expect(await stack.live()).toEqual({ thingName: stack.thingName, version: 0 });
    expect(await stack.history('amzn1.ask.account.stranger')).toEqual([]);
  });

  it('lets another account start over a match left alone for 30 minutes; the old one never counts', async () => {
    // Prepare: the owner's match, 2–1, then nobody touches the table.
    const stack = await sharedTable({ defaultThingName: 'babyfoot-office-1' });
    await stack.owner('ask baby foot to start a match to 3 between Alice and Bob');
    await stack.owner('ask baby foot goal for the reds');
    await stack.owner('ask baby foot goal for the reds');
    await stack.owner('ask baby foot goal for the blues');
    expect(await stack.neighbour('ask baby foot to start a match between Carol and Dave')).toBe(
      "This table is in use by another account's match. To free it, say: abandon the match.",
    );
    stack.clock.now += 29 * 60_000;
    expect(await stack.neighbour('ask baby foot to start a match between Carol and Dave')).toMatch(
      /^This table is in use/,
    );

    // Act
    stack.clock.now += 60_000;
    const started = await stack.neighbour('ask baby foot to start a match between Carol and Dave');

    // Assess
    expect(started).toMatch(/^Match on! Red: Carol\. Blue: Dave\./);
    const { match, accountId } = await stack.live();
    expect(accountId).toBe(NEIGHBOUR);
    expect(match).toMatchObject({ teams: { red: ['Carol'], blue: ['Dave'] }, status: 'in_progress' });
    expect(await stack.history(OWNER)).toEqual([]);
    expect(await stack.owner("ask baby foot what's the score")).toMatch(/^This table is in use/);
  });

  it('takes the stale delay from the configuration', async () => {
    const stack = await sharedTable({ defaultThingName: 'babyfoot-office-1', staleMinutes: 5 });
    await stack.owner('ask baby foot to start a match between Alice and Bob');
    stack.clock.now += 5 * 60_000;
    expect(await stack.neighbour('ask baby foot to start a match between Carol and Dave')).toMatch(
      /^Match on!/,
    );
  });

  it('lets any account that drives the table abandon its running match, after confirmation', async () => {
    const stack = await sharedTable({ defaultThingName: 'babyfoot-office-1' });
    await stack.owner('ask baby foot to start a match between Alice and Bob');
    await stack.owner('ask baby foot goal for the reds');
    const device = newEcho({
      locale: 'fr-FR',
      skillId: TEST_SKILL_ID,
      userId: NEIGHBOUR,
      invoke: stack.backend.handler,
    });
    await sayChecked(device, 'ouvre mon baby foot');

    const question = await sayChecked(device, 'abandonne le match');
    expect(question.speech).toBe('Voulez-vous vraiment abandonner le match ? Alice mène 1 à 0.');
    expect((await stack.live()).match?.status).toBe('in_progress');
    const done = await sayChecked(device, 'oui');

    expect(done.speech).toMatch(/^Match abandonné\. Il ne comptera pas\./);
    const { match, accountId } = await stack.live();
    expect(match?.status).toBe('abandoned');
    expect(accountId).toBe(OWNER);
    expect(await stack.history(OWNER)).toEqual([]);
    expect(await stack.neighbour('ask baby foot to start a match between Carol and Dave')).toMatch(
      /^Match on!/,
    );
  });
});
