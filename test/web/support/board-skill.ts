import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Backend, createBackend } from '../../../lambda/src/backend';
import { memoryLogger } from '../../../lambda/src/logger';
import { createScoreboard } from '../../../lambda/src/scoreboard/create-scoreboard';
import type { ScoreboardApp } from '../../../lambda/src/scoreboard/scoreboard-app';
import type { Turn } from '../../../local/alexa';
import { createTestTable, type TestTable } from '../../support/dynamodb';
import { newEcho, sayChecked } from '../../support/simulated-echo';

const SKILL_ID = 'amzn1.ask.skill.babyfoot-board-test';
/** Where the board is served in these tests; links are made under it. */
export const BOARD_URL = 'https://board.example.test/';

/** The card an answer put in the Alexa app, if any. */
export interface SimpleCard {
  title: string;
  content: string;
}

export interface BoardEcho {
  say(text: string): Promise<Turn & { card?: SimpleCard }>;
}

/** The real skill with web scoreboard links, and the board that serves them, on one fresh table. */
export interface BoardSkill {
  backend: Backend;
  table: TestTable;
  board: ScoreboardApp;
  thingName: string;
  /** What the skill and the board logged. */
  log: ReturnType<typeof memoryLogger>;
  /** An Echo of `userId`'s account (one shared account by default). */
  echo(locale: string, userId?: string): BoardEcho;
}

export interface BoardSkillOptions {
  /** One clock for the skill and the board (a test that moves time); the real one by default. */
  now?: () => number;
}

export async function startBoardSkill(options: BoardSkillOptions = {}): Promise<BoardSkill> {
  const clock = options.now === undefined ? {} : { now: options.now };
  const table = await createTestTable();
  const thingName = `table-${randomUUID().slice(0, 8)}`;
  const log = memoryLogger();
  const backend = createBackend({
    config: { tableName: table.tableName, skillId: SKILL_ID, defaultThingName: thingName },
    dynamo: table.document,
    log,
    scoreboardUrl: BOARD_URL,
    ...clock,
  });
  const board = createScoreboard({
    dynamo: table.document,
    tableName: table.tableName,
    defaultThingName: thingName,
    log,
    ...clock,
  });
  return {
    backend,
    table,
    board,
    thingName,
    log,
    echo(locale, userId = 'amzn1.ask.account.player') {
      const device = newEcho({ locale, skillId: SKILL_ID, userId, invoke: backend.handler });
      return {
        async say(text) {
          const turn = await sayChecked(device, text);
          const card = simpleCard(turn.response.response?.card);
          return card ? { ...turn, card } : turn;
        },
      };
    },
  };
}

const simpleCardSchema = z.object({ type: z.literal('Simple'), title: z.string(), content: z.string() });

/** The simple card of an answer, if it has one. */
export function simpleCard(card: unknown): SimpleCard | undefined {
  const parsed = simpleCardSchema.safeParse(card);
  return parsed.success ? { title: parsed.data.title, content: parsed.data.content } : undefined;
}

/** The path of the first board link in a card's text. */
export function linkPath(card: SimpleCard | undefined): string {
  const match = /https:\/\/board\.example\.test\/b\/([A-Za-z0-9_-]+)/.exec(card?.content ?? '');
  if (!match?.[1]) throw new Error(`No scoreboard link in the card: ${card?.content}`);
  return `/b/${match[1]}`;
}
