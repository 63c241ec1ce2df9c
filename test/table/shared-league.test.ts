import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ownLeagueOf } from '../../lambda/src/domain/league/table-league';
import { matchResult, scoreGoal, startMatch } from '../../lambda/src/domain/match';
import { DynamoHistoryStore } from '../../lambda/src/store/dynamo-history-store';
import { DynamoStatsStore } from '../../lambda/src/store/dynamo-stats-store';
import { historyKey, liveKey } from '../../lambda/src/store/table-layout';
import { spokenDigits, startTableSkill, type TableSkill, type TestEcho } from './support/table-skill';

const pairingSchema = z.object({ code: z.string().regex(/^\d{4}$/) });
const OFFICE = 'amzn1.ask.account.office-echo';
const PHONE = 'amzn1.ask.account.colleague-phone';

describe('one league per table, shared by every account linked to it', () => {
  let skill: TableSkill;
  afterEach(async () => {
    await skill.stop();
  });

  /** Links an Echo to the table with the code the table shows. */
  async function link(echo: TestEcho, thingName: string, linked: RegExp): Promise<void> {
    const outcome = await skill.backend.pairingEventHandler({
      eventId: `pairing-${Math.random()}`,
      at: Date.now(),
      thingName,
    });
    expect(outcome.status).toBe('issued');
    const { code } = pairingSchema.parse((await skill.shadow(thingName))?.state.desired?.pairing);
    expect((await echo.say(`${linkPhrase(echo)} ${spokenDigits(code)}`)).speech).toMatch(linked);
  }
  const phrases = new WeakMap<TestEcho, string>();
  const linkPhrase = (echo: TestEcho) => phrases.get(echo) ?? 'ask baby foot to link table';

  async function play(echo: TestEcho, start: string, goal: string, goals: number): Promise<void> {
    expect((await echo.say(start)).speech).toMatch(/^(Match on|C'est parti)/);
    for (let i = 0; i < goals; i++) await echo.say(goal);
  }

  it("in English: a colleague's phone, linked to the same table, plays in and asks about the table's league", async () => {
    skill = await startTableSkill();
    const office = skill.echo('en-US', OFFICE);
    const phone = skill.echo('en-US', PHONE);
    await link(office, 'babyfoot-office-1', /^Done: this Echo now drives the table babyfoot office 1\./);
    await link(phone, 'babyfoot-office-1', /^Done:/);

    // The office Echo starts a match; the phone scores the goals and finishes it.
    expect((await office.say('ask baby foot to start a match to 3 between Alice and Bob')).speech).toMatch(
      /^Match on!/,
    );
    await phone.say('ask baby foot goal for the reds');
    expect((await office.say("ask baby foot what's the score")).speech).toBe('Alice leads 1 to 0.');
    await phone.say('ask baby foot goal for the reds');
    expect((await phone.say('ask baby foot goal for the reds')).speech).toMatch(
      /Alice wins the match, 3 to 0/,
    );

    // Both accounts hear the same league.
    const fromPhone = (await phone.say('ask baby foot for the rankings')).speech;
    const fromOffice = (await office.say('ask baby foot for the rankings')).speech;
    expect(fromPhone).toMatch(/^Rankings by wins: 1st, Alice\b.*1 win/s);
    expect(fromOffice).toBe(fromPhone);
    expect((await phone.say("ask baby foot what's Bob's rank")).speech).toMatch(/^Bob is 2nd/);
    const history = new DynamoHistoryStore({
      client: skill.table.document,
      tableName: skill.table.tableName,
    });
    expect(await history.recent(ownLeagueOf('babyfoot-office-1'), 5)).toHaveLength(1);
    expect(await history.recent(OFFICE, 5)).toEqual([]);
    expect(await history.recent(PHONE, 5)).toEqual([]);
  });

  it('en français : « ajoute ce babyfoot à notre ligue » fait compter un second babyfoot dans la ligue, et refuse ce qui ne se peut pas', async () => {
    skill = await startTableSkill();
    const hall = skill.echo('fr-FR', OFFICE);
    const kitchen = skill.echo('fr-FR', OFFICE);
    const bar = skill.echo('fr-FR', OFFICE);
    for (const echo of [hall, kitchen, bar])
      phrases.set(echo, "demande à mon baby foot d'associer le babyfoot");
    await link(
      hall,
      'babyfoot-hall',
      /^C'est fait : cet appareil pilote maintenant le babyfoot babyfoot hall\./,
    );
    await play(
      hall,
      'demande à mon baby foot de lancer un match en 2 entre Alice et Bob',
      'but pour les rouges',
      2,
    );

    // A second table, linked by an Echo of the same account, plays in its own league until added.
    await link(kitchen, 'babyfoot-cuisine', /^C'est fait/);
    expect((await kitchen.say('demande à mon baby foot le classement')).speech).toMatch(/Aucun match/);
    expect((await kitchen.say("demande à mon baby foot d'ajouter ce babyfoot à notre ligue")).speech).toBe(
      "C'est fait : ce babyfoot joue maintenant dans votre ligue. Ses matchs comptent dans vos classements et vos stats.",
    );
    await play(
      kitchen,
      'demande à mon baby foot de lancer un match en 2 entre Alice et Carole',
      'but pour les bleus',
      2,
    );
    const ranking = (await hall.say('demande à mon baby foot le classement')).speech;
    expect(ranking).toMatch(/^Classement aux victoires : 1er, /);
    expect(ranking).toMatch(/Alice/);
    expect(ranking).toMatch(/Carole/);
    expect((await kitchen.say("demande à mon baby foot d'ajouter ce babyfoot à notre ligue")).speech).toMatch(
      /^Ce babyfoot joue déjà dans votre ligue/,
    );

    // A table that already has matches of its own keeps them: it cannot join.
    const stranger = skill.echo('fr-FR', 'amzn1.ask.account.bar-owner');
    phrases.set(stranger, "demande à mon baby foot d'associer le babyfoot");
    await link(stranger, 'babyfoot-bar', /^C'est fait/);
    await play(
      stranger,
      'demande à mon baby foot de lancer un match en 2 entre Zoé et Yann',
      'but pour les rouges',
      2,
    );
    await link(bar, 'babyfoot-bar', /^C'est fait/);
    expect((await bar.say("demande à mon baby foot d'ajouter ce babyfoot à notre ligue")).speech).toMatch(
      /^Ce babyfoot a déjà sa propre ligue, avec ses propres matchs/,
    );
    const hallRanking = (await hall.say('demande à mon baby foot le classement')).speech;
    expect(hallRanking).not.toMatch(/Zoé/);
  });

  it('keeps the records of a table last played before leagues: they become its league, shared by its accounts', async () => {
    skill = await startTableSkill({ defaultThingName: 'babyfoot-ancien' });
    // As stored before leagues: the live item names the account, the history sits under it.
    const owner = 'amzn1.ask.account.first-owner';
    let match = startMatch({
      id: 'old-match',
      teams: { red: ['Alice'], blue: ['Bob'] },
      rules: { target: 2, winBy: 1, bestOf: 1 },
      at: Date.UTC(2026, 10, 2, 18),
    });
    for (const at of [1, 2])
      match = scoreGoal(match, {
        id: `g${at}`,
        team: 'blue',
        kind: 'goal',
        source: 'voice',
        at: Date.UTC(2026, 10, 2, 18, at),
      }).match;
    const { TableName, client } = { TableName: skill.table.tableName, client: skill.table.document };
    await client.send(
      new PutCommand({
        TableName,
        Item: {
          ...liveKey('babyfoot-ancien'),
          accountId: owner,
          version: 4,
          match,
          updatedAt: '2026-11-02T18:02:00Z',
        },
      }),
    );
    const result = matchResult(match);
    await client.send(
      new PutCommand({ TableName, Item: { ...historyKey(owner, result.finishedAt, result.id), result } }),
    );

    // Its stats documents too, as a match finishing then wrote them beside the history.
    await new DynamoStatsStore({ client, tableName: TableName }).recount(owner);

    const neighbour = skill.echo('en-US', 'amzn1.ask.account.neighbour');
    expect((await neighbour.say("ask baby foot what's Bob's rank")).speech).toMatch(/^Bob is 1st/);
    await play(
      neighbour,
      'ask baby foot to start a match to 1 between Bob and Carol',
      'goal for the blues',
      1,
    );
    const history = new DynamoHistoryStore({ client, tableName: TableName });
    expect((await history.recent(owner, 5)).map((entry) => entry.winner)).toEqual(['blue', 'blue']);
    expect((await skill.backend.deps.matches.load('babyfoot-ancien')).leagueId).toBe(owner);
  });
});
