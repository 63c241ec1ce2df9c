import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { BackendConfig } from './config';
import { createGoalEventHandler, type GoalEventHandler } from './goal-events';
import { createTranslator } from './i18n/translator';
import { consoleLogger, type Logger } from './logger';
import { DynamoPairingStore } from './pairing/dynamo-pairing-store';
import { createPairingEventHandler, type PairingEventHandler } from './pairing/pairing-events';
import { DynamoBoardLinkStore } from './scoreboard/dynamo-board-link-store';
import { scoreboardLinks } from './scoreboard/scoreboard-links';
import type { ShadowPublisher } from './shadow/shadow-publisher';
import type { TableHealth } from './shadow/table-health';
import { type AlexaHandler, createAlexaHandler } from './skill/alexa-entry';
import { buildSkill } from './skill/build-skill';
import type { SkillDeps } from './skill/deps';
import { tournamentRecordWriter } from './skill/handlers/tournament';
import { linkedTableResolver } from './skill/table-resolver';
import { DynamoHouseRulesStore } from './store/dynamo-house-rules-store';
import { DynamoLeagueRecords } from './store/dynamo-league-records';
import { DynamoLeagueStore } from './store/dynamo-league-store';
import { DynamoMatchStore } from './store/dynamo-match-store';
import { DynamoPlayerDirectory } from './store/dynamo-player-directory';
import { DynamoQueueStore } from './store/dynamo-queue-store';
import { DynamoStatsStore } from './store/dynamo-stats-store';
import { DynamoTournamentStore } from './store/dynamo-tournament-store';
import type { RecordWriter } from './store/ports';
import { withRecordWriters } from './store/with-record-writers';
import { withResultAnnouncements } from './team-chat/announce-results';
import type { TeamChat } from './team-chat/webhook-chat';

export interface BackendOptions {
  config: BackendConfig;
  dynamo: DynamoDBDocumentClient;
  log?: Logger;
  now?: () => number;
  /** Ids of new matches and tournament draw seeds; random UUIDs when left out (tests may pin them). */
  newId?: () => string;
  /** Tells the tables what to show; left out, no shadow is written. */
  shadows?: ShadowPublisher;
  /** Reads the tables' sensor health for the score answer; left out, it is not said. */
  health?: TableHealth;
  /** Where the web scoreboard is served (`SCOREBOARD_URL`); left out, no link can be asked for. */
  scoreboardUrl?: string;
  /** Where finished matches are posted (`TEAM_CHAT_WEBHOOK_URL`); left out, nowhere. */
  teamChat?: { chat: TeamChat; locale: string };
}

export interface Backend {
  /** The Alexa entry. */
  handler: AlexaHandler;
  /** The entry the IoT rule invokes with each goal event from a table. */
  goalEventHandler: GoalEventHandler;
  /** The entry the IoT rule invokes when a table asks for a pairing code. */
  pairingEventHandler: PairingEventHandler;
  deps: SkillDeps;
}

/**
 * Wires the backend on its real adapters. The Lambda entry, the local console and the tests
 * all go through here, so they run the same code.
 */
export function createBackend(options: BackendOptions): Backend {
  const { config, dynamo } = options;
  const log = options.log ?? consoleLogger;
  const store = { client: dynamo, tableName: config.tableName };
  // What else a finished match changes (stats, a tournament), written in its transaction.
  const recordWriters: RecordWriter[] = [];
  const tournaments = new DynamoTournamentStore({ ...store, now: options.now ?? Date.now });
  recordWriters.push(tournamentRecordWriter(tournaments, log));
  const stats = new DynamoStatsStore({ ...store, log });
  recordWriters.push(stats.recordWriter);
  const pairings = new DynamoPairingStore(store);
  const tables = new DynamoMatchStore({ ...store, now: options.now ?? Date.now });
  const recorded = withRecordWriters(tables, recordWriters);
  const deps: SkillDeps = {
    matches: options.teamChat
      ? withResultAnnouncements(recorded, {
          chat: options.teamChat.chat,
          t: createTranslator(options.teamChat.locale),
          stats,
          tournaments,
          log,
          now: options.now ?? Date.now,
        })
      : recorded,
    leagues: new DynamoLeagueStore(store, tables),
    records: new DynamoLeagueRecords({ ...store, now: options.now ?? Date.now }, stats, tournaments),
    players: new DynamoPlayerDirectory(store),
    tables: linkedTableResolver(pairings, config.defaultThingName),
    pairings,
    tournaments,
    stats,
    houseRules: new DynamoHouseRulesStore({ ...store, now: options.now ?? Date.now }),
    queues: new DynamoQueueStore({ ...store, now: options.now ?? Date.now }),
    log,
    now: options.now ?? Date.now,
    newId: options.newId ?? randomUUID,
    ...(options.shadows === undefined ? {} : { shadows: options.shadows }),
    ...(options.health === undefined ? {} : { health: options.health }),
    ...(options.scoreboardUrl === undefined
      ? {}
      : {
          scoreboard: scoreboardLinks(
            new DynamoBoardLinkStore(store),
            options.scoreboardUrl,
            options.now ?? Date.now,
          ),
        }),
  };
  const skill = buildSkill(deps).create();
  return {
    handler: createAlexaHandler(skill, { skillId: config.skillId, log }),
    goalEventHandler: createGoalEventHandler(deps),
    pairingEventHandler: createPairingEventHandler({ ...deps, pairings }),
    deps,
  };
}
