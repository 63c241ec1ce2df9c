import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tableLeague } from '../domain/league/table-league';
import type { Logger } from '../logger';
import type { TableHealth } from '../shadow/table-health';
import { DynamoHistoryStore } from '../store/dynamo-history-store';
import { DynamoMatchStore } from '../store/dynamo-match-store';
import { DynamoStatsStore } from '../store/dynamo-stats-store';
import { leagueTables } from '../store/league-tables';
import { DynamoBoardLinkStore } from './dynamo-board-link-store';
import { linkedThings } from './linked-things';
import { createScoreboardApp, type ScoreboardApp, type ScoreboardAppOptions } from './scoreboard-app';

export interface ScoreboardOptions {
  dynamo: DynamoDBDocumentClient;
  tableName: string;
  defaultThingName?: string;
  /** Sensor warnings come from the tables' shadows; left out, none are shown. */
  health?: TableHealth;
  log: Logger;
  now?: () => number;
  /** Local stack only: `/` shows the league of the default table (see `ScoreboardAppOptions.localLeague`). */
  localBoard?: boolean;
  liveUpdates?: boolean;
  pollMs?: number;
}

/** The board on its real adapters: the same table the skill writes, and the tables' shadows. */
export function createScoreboard(options: ScoreboardOptions): ScoreboardApp {
  const store = { client: options.dynamo, tableName: options.tableName };
  const matches = new DynamoMatchStore(store);
  const { defaultThingName } = options;
  const appOptions: ScoreboardAppOptions = {
    sources: {
      matches,
      history: new DynamoHistoryStore(store),
      stats: new DynamoStatsStore(store),
      linkedThings: async (leagueId) => [
        ...new Set([...(await leagueTables(store, leagueId)), ...(await linkedThings(store, leagueId))]),
      ],
      now: options.now ?? Date.now,
      ...(options.health === undefined ? {} : { health: options.health }),
      ...(options.defaultThingName === undefined ? {} : { defaultThingName: options.defaultThingName }),
    },
    links: new DynamoBoardLinkStore(store),
    log: options.log,
    ...(options.localBoard && defaultThingName !== undefined
      ? { localLeague: async () => tableLeague(await matches.load(defaultThingName)) }
      : {}),
    ...(options.liveUpdates === undefined ? {} : { liveUpdates: options.liveUpdates }),
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
  };
  return createScoreboardApp(appOptions);
}
