import { randomUUID } from 'node:crypto';
import { type Backend, createBackend } from '../../lambda/src/backend';
import { tableLeague } from '../../lambda/src/domain/league/table-league';
import type { MatchResult } from '../../lambda/src/domain/match/result';
import { memoryLogger } from '../../lambda/src/logger';
import { DynamoHistoryStore } from '../../lambda/src/store/dynamo-history-store';
import { DynamoMatchStore } from '../../lambda/src/store/dynamo-match-store';
import type { LiveTable } from '../../lambda/src/store/ports';
import type { EchoScreen, SimulatedEchoDevice, Turn } from '../../local/alexa';
import { createTestTable } from './dynamodb';
import { newEcho, sayChecked } from './simulated-echo';

export const TEST_SKILL_ID = 'amzn1.ask.skill.babyfoot-test';

/** An Echo device talking to the real skill, on its own table in DynamoDB Local. */
export interface SkillUnderTest {
  device: SimulatedEchoDevice;
  backend: Backend;
  log: ReturnType<typeof memoryLogger>;
  thingName: string;
  /** Says something and checks the answer is valid SSML within Alexa's size limit. */
  say(text: string): Promise<Turn>;
  /** The table's stored state, read straight from DynamoDB. */
  stored(): Promise<LiveTable>;
  /** The league the table plays in (where its history, stats and tournament are). */
  league(): Promise<string>;
  /** The table's league's finished matches, newest first. */
  history(): Promise<MatchResult[]>;
  /** A second Echo of another account, on the same table. */
  otherAccount(): SimulatedEchoDevice;
}

export interface SkillUnderTestOptions {
  /** The Echo has this screen (e.g. `ECHO_SCREENS.show8`) and declares APL; voice-only without. */
  screen?: EchoScreen;
  /** Ids of new matches and tournament draw seeds, for a test that needs one draw; random by default. */
  newId?: () => string;
}

export async function skillUnderTest(
  locale: string,
  options: SkillUnderTestOptions = {},
): Promise<SkillUnderTest> {
  const table = await createTestTable();
  const thingName = `table-${randomUUID().slice(0, 8)}`;
  const log = memoryLogger();
  const backend = createBackend({
    config: { tableName: table.tableName, skillId: TEST_SKILL_ID, defaultThingName: thingName },
    dynamo: table.document,
    log,
    ...(options.newId === undefined ? {} : { newId: options.newId }),
  });
  const echo = (userId: string) =>
    newEcho({ locale, skillId: TEST_SKILL_ID, userId, invoke: backend.handler, screen: options.screen });
  const device = echo('amzn1.ask.account.player');
  const store = new DynamoMatchStore({ client: table.document, tableName: table.tableName });
  const history = new DynamoHistoryStore({ client: table.document, tableName: table.tableName });
  return {
    device,
    backend,
    log,
    thingName,
    say: (text) => sayChecked(device, text),
    stored: () => store.load(thingName),
    league: async () => tableLeague(await store.load(thingName)),
    history: async () => history.recent(tableLeague(await store.load(thingName)), 50),
    otherAccount: () => echo('amzn1.ask.account.someone-else'),
  };
}
