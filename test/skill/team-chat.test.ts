import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../lambda/src/backend';
import { memoryLogger } from '../../lambda/src/logger';
import { teamChatFromEnv } from '../../lambda/src/team-chat/team-chat-config';
import { WebhookTeamChat } from '../../lambda/src/team-chat/webhook-chat';
import { type ChatReceiver, SECRET_PATH, startChatReceiver } from '../support/chat-receiver';
import { createTestTable } from '../support/dynamodb';
import { newEcho } from '../support/simulated-echo';

const SKILL_ID = 'amzn1.ask.skill.babyfoot-chat-test';
const receivers: ChatReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.stop()));
});

async function tableWithChat(locale: string, url: string) {
  const table = await createTestTable();
  const log = memoryLogger();
  const chat = new WebhookTeamChat({ url, log, retryDelaysMs: [20, 20, 20] });
  const backend = createBackend({
    config: {
      tableName: table.tableName,
      skillId: SKILL_ID,
      defaultThingName: `table-${randomUUID().slice(0, 8)}`,
    },
    dynamo: table.document,
    log,
    teamChat: { chat, locale },
  });
  const echo = newEcho({
    locale,
    skillId: SKILL_ID,
    userId: 'amzn1.ask.account.chat',
    invoke: backend.handler,
  });
  return { echo, log, chat };
}

async function receiver(answers: number[] = []): Promise<ChatReceiver> {
  const started = await startChatReceiver(answers);
  receivers.push(started);
  return started;
}

describe('results posted to the team chat', () => {
  it('posts the winner, the score, a fanny, and each player rating and rank, then how they moved', async () => {
    const chat = await receiver();
    const { echo } = await tableWithChat('en-US', chat.url);

    await echo.say('ask baby foot to start a match to 2 between Alice and Bob');
    await echo.say('ask baby foot goal for the reds');
    expect(chat.requests).toEqual([]);
    await echo.say('ask baby foot goal for the reds');
    const [first] = await chat.waitFor(1);
    await echo.say('ask baby foot to start a match to 2 between Alice and Bob');
    for (const team of ['blues', 'reds', 'blues']) await echo.say(`ask baby foot goal for the ${team}`);
    const [, second] = await chat.waitFor(2);

    expect(first).toMatch(
      /^🏆 Alice beat Bob 2–0\.\n🍑 Fanny! Bob didn't score a single goal\.\nAlice: first rating -?\d+\.\d, rank 1\nBob: first rating -?\d+\.\d, rank 2$/,
    );
    expect(second).toMatch(
      /^🏆 Bob beat Alice 2–1\.\nBob: rating -?\d+\.\d \(\+\d+\.\d\), rank 1 \(was 2\)\nAlice: rating -?\d+\.\d \(-\d+\.\d\), rank 2 \(was 1\)$/,
    );
  });

  it('speaks French when the operator chose it, plural and all', async () => {
    const chat = await receiver();
    const { echo } = await tableWithChat('fr-FR', chat.url);

    await echo.say('ouvre mon baby foot');
    await echo.say('lance un match en double, Alice et Bob contre Carole et David');
    for (let goal = 0; goal < 10; goal += 1) await echo.say('but pour les bleus');

    const [post] = await chat.waitFor(1);
    expect(post).toMatch(
      /^🏆 Carole & David battent Alice & Bob 10–0\.\n🍑 Fanny ! Alice & Bob n’ont pas marqué un seul but\.\n/,
    );
  });

  it("posts a tournament's podium under its final's result, and only then", async () => {
    const chat = await receiver();
    const { echo } = await tableWithChat('en-US', chat.url);
    await echo.say('open baby foot');
    await echo.say('create a knockout tournament');
    await echo.say('singles');
    await echo.say('Alice and Bob and Carol and Dave');
    await echo.say('start the tournament');

    for (let match = 0; match < 3; match += 1) {
      await echo.say('start the next match');
      for (let goal = 0; goal < 5; goal += 1) await echo.say('goal for the reds');
    }
    const posts = await chat.waitFor(3);

    expect(posts.slice(0, 2).join('\n')).not.toContain('🏁');
    expect(posts[2]).toMatch(
      /^🏆 (\w+) beat \w+ 5–0\.\n[\s\S]*\n\n🏁 The tournament is over!\n🥇 \1\n🥈 \w+\n🥉 \w+ · \w+$/,
    );
  });

  it('retries a chat that fails for a while, and gives up on one that keeps failing without holding up the match or logging its address', async () => {
    const flaky = await receiver([503, 429]);
    const down = await receiver([500, 500, 500, 500]);
    const late = await tableWithChat('en-GB', flaky.url);
    const lost = await tableWithChat('en-GB', down.url);

    for (const { echo } of [late, lost]) {
      await echo.say('ask baby foot to start a match to 1 between Alice and Bob');
      const win = await echo.say('ask baby foot goal for the blues');
      expect(win.speech).toContain('Bob');
    }
    await late.chat.settled();
    await flaky.waitFor(1);
    await lost.chat.settled();

    expect(flaky.requests).toHaveLength(3);
    expect(flaky.texts()[0]).toMatch(/^🏆 Bob beat Alice 1–0\./);
    expect(down.requests).toHaveLength(4);
    expect(down.texts()).toEqual([]);
    expect(lost.log.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'team chat post given up', failure: 'HTTP 500' }),
    );
    expect(JSON.stringify(lost.log.lines)).not.toContain(SECRET_PATH);
  });

  it('stops at once on a webhook that no longer exists (404)', async () => {
    const gone = await receiver();
    const { echo, chat, log } = await tableWithChat(
      'en-US',
      gone.url.replace(SECRET_PATH, '/services/deleted'),
    );

    await echo.say('ask baby foot to start a match to 1 between Alice and Bob');
    await echo.say('ask baby foot goal for the reds');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await chat.settled();

    expect(gone.requests).toHaveLength(1);
    expect(log.lines).toContainEqual(expect.objectContaining({ failure: 'HTTP 404' }));
  });
});

describe('the team chat setting', () => {
  it('takes an https webhook, http only on this computer, and never prints the address it refuses', () => {
    expect(teamChatFromEnv({})).toBeUndefined();
    expect(teamChatFromEnv({ TEAM_CHAT_WEBHOOK_URL: 'https://hooks.example.test/services/x' })).toEqual({
      url: 'https://hooks.example.test/services/x',
      locale: 'en-US',
    });
    expect(
      teamChatFromEnv({ TEAM_CHAT_WEBHOOK_URL: 'http://127.0.0.1:9999/hook', TEAM_CHAT_LOCALE: 'fr-FR' }),
    ).toEqual({
      url: 'http://127.0.0.1:9999/hook',
      locale: 'fr-FR',
    });
    expect(() => teamChatFromEnv({ TEAM_CHAT_WEBHOOK_URL: 'http://hooks.example.test/secret-123' })).toThrow(
      /^Invalid backend configuration: TEAM_CHAT_WEBHOOK_URL: an https:\/\/ address/,
    );
    expect(() =>
      teamChatFromEnv({ TEAM_CHAT_WEBHOOK_URL: 'http://hooks.example.test/secret-123' }),
    ).not.toThrow(/secret-123/);
  });
});
