import { describe, expect, it } from 'vitest';
import { ownLeagueOf } from '../../lambda/src/domain/league/table-league';
import { DynamoBoardLinkStore } from '../../lambda/src/scoreboard/dynamo-board-link-store';
import { skillUnderTest } from '../support/skill-device';
import { linkPath, startBoardSkill } from './support/board-skill';

describe('the scoreboard link, in English', () => {
  it('puts a read-only link on a card; the link shows the running match until it is revoked', async () => {
    const skill = await startBoardSkill();
    const echo = skill.echo('en-US');
    await echo.say('ask baby foot to start a match between Alice and Bob');
    await echo.say('ask baby foot goal for the reds');

    const asked = await echo.say('ask baby foot to send me the scoreboard link');

    expect(asked.speech).toMatch(/^I've put the scoreboard link in the Alexa app\./);
    expect(asked.sessionEnded).toBe(true);
    expect(asked.card?.title).toBe('Babyfoot live scoreboard');
    expect(asked.card?.content).toMatch(
      /^Your tables live, read-only:\nhttps:\/\/board\.example\.test\/b\/[\w-]{43}\n/,
    );
    const path = linkPath(asked.card);
    const snapshot = await skill.board.handle({ method: 'GET', path: `${path}/snapshot` });
    expect(snapshot.status).toBe(200);
    expect(JSON.parse(snapshot.body).tables).toMatchObject([
      {
        thing: skill.thingName,
        state: 'playing',
        teams: { red: ['Alice'], blue: ['Bob'] },
        score: { red: 1, blue: 0 },
      },
    ]);

    const revoked = await echo.say('ask baby foot to revoke the scoreboard link');

    expect(revoked.speech).toBe(
      'Done: your scoreboard links no longer work. Ask for a new one whenever you like.',
    );
    const page = await skill.board.handle({ method: 'GET', path });
    expect(page.status).toBe(404);
    expect(page.body).toMatch(/revoked/);
    expect((await echo.say('ask baby foot to revoke the scoreboard link')).speech).toBe(
      "There's no scoreboard link to revoke.",
    );
  });

  it('understands other ways of asking, in a conversation that stays open', async () => {
    const skill = await startBoardSkill();
    const echo = skill.echo('en-GB');
    await echo.say('open baby foot');

    for (const phrase of [
      'give me a link to the scoreboard',
      'I want the scoreboard link',
      'share the scoreboard',
    ]) {
      const turn = await echo.say(phrase);
      expect(turn.card?.content, phrase).toContain('https://board.example.test/b/');
      expect(turn.sessionEnded, phrase).toBe(false);
    }
    expect((await echo.say('stop sharing the scoreboard')).speech).toMatch(/^Done: your scoreboard links/);
  });

  it("shows a colleague's link the table's match (one league), and another league's link nothing of it", async () => {
    const skill = await startBoardSkill();
    await skill.echo('en-US').say('ask baby foot to start a match between Alice and Bob');
    const neighbour = skill.echo('en-US', 'amzn1.ask.account.neighbour');

    const path = linkPath((await neighbour.say('ask baby foot to send me the scoreboard link')).card);
    const elsewhere = await new DynamoBoardLinkStore({
      client: skill.table.document,
      tableName: skill.table.tableName,
    }).create(ownLeagueOf('another-table'), Date.now());

    const shared = JSON.parse((await skill.board.handle({ method: 'GET', path: `${path}/snapshot` })).body);
    expect(shared.tables).toHaveLength(1);
    expect(JSON.stringify(shared.tables)).toContain('Alice');
    const other = await skill.board.handle({ method: 'GET', path: `/b/${elsewhere}/snapshot` });
    expect(JSON.parse(other.body).tables).toEqual([]);
  });

  it('says so when the web scoreboard is not set up, and sends no card', async () => {
    const skill = await skillUnderTest('en-US');

    const turn = await skill.say('ask baby foot to send me the scoreboard link');

    expect(turn.speech).toBe("Sorry, the web scoreboard isn't set up for this skill.");
    expect(turn.response.response?.card).toBeUndefined();
  });
});
