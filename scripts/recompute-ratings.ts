import { parseArgs } from 'node:util';
import { z } from 'zod';
import { rebuildStats } from '../lambda/src/domain/stats';
import { DynamoStatsStore, StatsChangedError } from '../lambda/src/store/dynamo-stats-store';
import { accountsWithHistory, readHistory } from './history/read-history';
import { runScript, scriptDynamo } from './history/script-env';

/*
 * `npm run recompute-ratings -- [--account <id>] [--time-zone <IANA zone>]`: rebuilds every
 * stats document (all time, months, weeks; ratings included) from the raw history, after the
 * rating parameters changed or to repair. A match finished meanwhile makes that account's
 * recount start over, so nothing it counted is lost.
 */

const MAX_ATTEMPTS = 5;

const argsSchema = z.object({
  account: z.string().min(1).optional(),
  'time-zone': z.string().min(1).optional(),
});

runScript(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { account: { type: 'string' }, 'time-zone': { type: 'string' } },
  });
  const args = argsSchema.parse(values);
  const dynamo = scriptDynamo();
  const source = { client: dynamo.document, tableName: dynamo.tableName };
  const timeZone = args['time-zone'];
  const stats = new DynamoStatsStore({ ...source, ...(timeZone === undefined ? {} : { timeZone }) });
  try {
    const accounts = args.account === undefined ? await accountsWithHistory(source) : [args.account];
    for (const account of accounts) {
      for (let attempt = 1; ; attempt++) {
        // Versions first, then the history: a match that finishes in between changes a version.
        const before = await stats.versions(account);
        const results = [];
        for await (const { result } of readHistory(source, account)) results.push(result);
        const documents = rebuildStats(results, timeZone === undefined ? {} : { timeZone });
        try {
          await stats.replace(account, documents, before);
          const written = Object.keys(documents).length;
          process.stdout.write(
            `${account}: ${results.length} matches, ${written} stats documents written.\n`,
          );
          break;
        } catch (error) {
          if (!(error instanceof StatsChangedError) || attempt >= MAX_ATTEMPTS) throw error;
        }
      }
    }
  } finally {
    dynamo.dynamodb.destroy();
  }
});
