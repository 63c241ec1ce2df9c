import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DynamoStatsStore } from '../lambda/src/store/dynamo-stats-store';
import { accountsWithHistory } from './history/read-history';
import { runScript, scriptDynamo } from './history/script-env';

/*
 * `npm run recompute-ratings -- [--account <id>] [--time-zone <IANA zone>]`: rebuilds every
 * stats document (all time, months, weeks; ratings included) from the raw history, after the
 * rating parameters changed or to repair. A match finished meanwhile makes that account's
 * recount start over, so nothing it counted is lost.
 */

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
      const documents = await stats.recount(account);
      const matches = documents.all.matches;
      const written = Object.keys(documents).length;
      process.stdout.write(`${account}: ${matches} matches, ${written} stats documents written.\n`);
    }
  } finally {
    dynamo.dynamodb.destroy();
  }
});
