import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { BackendConfig } from '../config';
import type { Logger } from '../logger';
import type { TableHealth } from '../shadow/table-health';
import { createScoreboard } from './create-scoreboard';
import { createScoreboardHandler, type ScoreboardHandler } from './function-url';

/**
 * The Lambda entry behind the scoreboard's function URL, on the backend's configuration:
 * pages poll their snapshot (a buffered function URL holds no event stream open).
 */
export function scoreboardEntry(options: {
  config: BackendConfig;
  dynamo: DynamoDBDocumentClient;
  health: TableHealth;
  log: Logger;
}): ScoreboardHandler {
  const board = createScoreboard({
    dynamo: options.dynamo,
    tableName: options.config.tableName,
    health: options.health,
    log: options.log,
    pollMs: 2000,
    ...(options.config.defaultThingName === undefined
      ? {}
      : { defaultThingName: options.config.defaultThingName }),
  });
  return createScoreboardHandler(board, options.log);
}
