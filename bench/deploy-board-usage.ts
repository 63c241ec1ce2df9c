import { BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { createBackend } from '../lambda/src/backend';
import { ownLeagueOf } from '../lambda/src/domain/league/table-league';
import { rebuildStats } from '../lambda/src/domain/stats';
import { season } from '../lambda/src/domain/stats/test-fixtures';
import { memoryLogger } from '../lambda/src/logger';
import { createScoreboard } from '../lambda/src/scoreboard/create-scoreboard';
import { DynamoBoardLinkStore } from '../lambda/src/scoreboard/dynamo-board-link-store';
import { createScoreboardHandler } from '../lambda/src/scoreboard/function-url';
import { HISTORY_READ } from '../lambda/src/scoreboard/scoreboard-reader';
import type { TableHealth } from '../lambda/src/shadow/table-health';
import { createDynamoClients } from '../lambda/src/store/dynamo-clients';
import { DynamoStatsStore } from '../lambda/src/store/dynamo-stats-store';
import { historyKey } from '../lambda/src/store/table-layout';
import { SimulatedEchoDevice } from '../local/alexa';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../local/dynamodb';
import { meterCapacity } from './deploy-match-usage';

/** What one snapshot request of the web scoreboard costs, as measured on DynamoDB Local. */
export interface BoardUsage {
  /** Read request units per request (strongly consistent GetItems, eventually consistent Queries). */
  readUnits: number;
  /** GetThingShadow calls per request: one per table shown. */
  shadowReads: number;
  /** Handler time per warm request. */
  lambdaMs: number;
  /** Bytes of the snapshot JSON (what the function URL sends back). */
  responseBytes: number;
}

const ACCOUNT = 'amzn1.ask.account.bench-board';
const THING = 'babyfoot-bench-board';
/** The board shows the league of the table the Echo drives. */
const LEAGUE = ownLeagueOf(THING);
const SKILL_ID = 'amzn1.ask.skill.babyfoot-bench-board';

/**
 * A board as an office sees it on a wall screen: one table with a match running, more finished
 * matches than the board reads (its latest 50) and the stats they add up to, read through the
 * function URL adapter `polls` times; means per request.
 */
export async function measureBoardUsage(
  endpoint: string,
  tableName: string,
  polls: number,
): Promise<BoardUsage> {
  const clients = createDynamoClients({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    const token = await seedBoard(clients.document, tableName);
    const capacity = meterCapacity(clients.dynamodb);
    let shadowReads = 0;
    const health: TableHealth = {
      read: async () => {
        shadowReads += 1;
        return undefined;
      },
    };
    const log = memoryLogger();
    const board = createScoreboard({
      dynamo: clients.document,
      tableName,
      health,
      log,
      defaultThingName: THING,
    });
    const handler = createScoreboardHandler(board, log);
    const event = { rawPath: `/b/${token}/snapshot`, requestContext: { http: { method: 'GET' } } };
    await handler(event);
    Object.assign(capacity, { read: 0, write: 0 });
    shadowReads = 0;
    let elapsed = 0;
    let responseBytes = 0;
    for (let poll = 0; poll < polls; poll++) {
      const start = performance.now();
      const answer = await handler(event);
      elapsed += performance.now() - start;
      if (answer.statusCode !== 200 || !answer.body.includes('Alice')) {
        throw new Error(`Unexpected board answer ${answer.statusCode}: ${answer.body.slice(0, 200)}`);
      }
      responseBytes = Buffer.byteLength(answer.body);
    }
    return {
      readUnits: capacity.read / polls,
      shadowReads: shadowReads / polls,
      lambdaMs: elapsed / polls,
      responseBytes,
    };
  } finally {
    clients.dynamodb.destroy();
  }
}

/** A running match started by voice, a season of history written directly, its stats, a link. */
async function seedBoard(
  document: ReturnType<typeof createDynamoClients>['document'],
  tableName: string,
): Promise<string> {
  const backend = createBackend({
    config: { tableName, skillId: SKILL_ID, defaultThingName: THING },
    dynamo: document,
    log: memoryLogger(),
  });
  const echo = new SimulatedEchoDevice({
    locale: 'en-US',
    skillId: SKILL_ID,
    userId: ACCOUNT,
    deviceId: 'amzn1.ask.device.bench-board',
    invoke: (envelope) => backend.handler(envelope),
  });
  await echo.say('ask baby foot to start a match between Alice and Bob');
  await echo.say('ask baby foot goal for the reds');
  const results = season(HISTORY_READ * 2, 7);
  for (let i = 0; i < results.length; i += 25) {
    let requests: Record<string, unknown>[] | undefined = results.slice(i, i + 25).map((result) => ({
      PutRequest: { Item: { ...historyKey(LEAGUE, result.finishedAt, result.id), result } },
    }));
    while (requests !== undefined && requests.length > 0) {
      const written: BatchWriteCommandOutput = await document.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = written.UnprocessedItems?.[tableName];
    }
  }
  await new DynamoStatsStore({ client: document, tableName }).storeRecount(
    LEAGUE,
    rebuildStats(results),
    new Map(),
  );
  return new DynamoBoardLinkStore({ client: document, tableName }).create(LEAGUE, Date.now());
}
