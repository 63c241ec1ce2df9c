import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBackend } from '../../lambda/src/backend';
import { memoryLogger } from '../../lambda/src/logger';
import { aplDocumentProblems, renderedScreens } from '../../lambda/src/skill/display';
import { ECHO_SCREENS, type EchoScreen } from '../../local/alexa';
import { createTestTable } from '../support/dynamodb';
import { readQrPath } from '../support/qr-reader';
import { newEcho } from '../support/simulated-echo';

const SKILL_ID = 'amzn1.ask.skill.babyfoot-qr-test';

async function echoWithBoard(locale: string, screen?: EchoScreen) {
  const table = await createTestTable();
  const backend = createBackend({
    config: {
      tableName: table.tableName,
      skillId: SKILL_ID,
      defaultThingName: `table-${randomUUID().slice(0, 8)}`,
    },
    dynamo: table.document,
    log: memoryLogger(),
    scoreboardUrl: 'https://board.example.test/',
  });
  return newEcho({
    locale,
    skillId: SKILL_ID,
    userId: 'amzn1.ask.account.qr',
    invoke: backend.handler,
    screen,
  });
}

const boardLink = z.object({
  title: z.string(),
  subtitle: z.string(),
  qrPath: z.string(),
  qrUnits: z.number().int(),
});

/** The link the answer's card carries. */
function cardLink(response: unknown): string {
  const card = z.object({ response: z.object({ card: z.object({ content: z.string() }) }) }).parse(response);
  const url = /https:\/\/\S+/.exec(card.response.card.content)?.[0];
  if (url === undefined) throw new Error('no link on the card');
  return url;
}

describe('the scoreboard link as a QR code on the Echo Show', () => {
  it('draws a code that a phone reads back to the link on the card', async () => {
    const show = await echoWithBoard('en-US', ECHO_SCREENS.show8);

    const asked = await show.say('ask baby foot to send me the scoreboard link');

    const [screen] = renderedScreens(asked.directives);
    expect(screen?.token).toBe('babyfoot.boardLink');
    if (!screen) return;
    expect(aplDocumentProblems(screen)).toEqual([]);
    const data = boardLink.parse(screen.datasources.boardLink);
    expect(data.title).toBe('Scan to open the scoreboard');
    expect(data.subtitle).toMatch(/^The link works until /);
    expect(readQrPath(data.qrPath, data.qrUnits)).toBe(cardLink(asked.response));
  });

  it('says the same in French, with the code, and a voice-only Echo gets the card alone', async () => {
    const show = await echoWithBoard('fr-FR', ECHO_SCREENS.spot);
    const speaker = await echoWithBoard('fr-FR');

    const shown = await show.say('demande à mon baby foot de m’envoyer le lien du tableau');
    const heard = await speaker.say('demande à mon baby foot de m’envoyer le lien du tableau');

    expect(shown.speech).toBe(heard.speech);
    expect(renderedScreens(heard.directives)).toEqual([]);
    const data = boardLink.parse(renderedScreens(shown.directives)[0]?.datasources.boardLink);
    expect(data.title).toBe('Scannez pour ouvrir le tableau des scores');
    expect(readQrPath(data.qrPath, data.qrUnits)).toBe(cardLink(shown.response));
  });
});
