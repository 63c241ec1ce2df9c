import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { csvLine } from './history/csv';
import { HISTORY_COLUMNS, historyJsonLine, historyRow } from './history/history-rows';
import { readHistory } from './history/read-history';
import { runScript, scriptDynamo } from './history/script-env';

/*
 * `npm run export -- --format csv|ndjson [--account <id>] [--out <file>]`: the match history
 * (one account's, or every account's) for spreadsheets and notebooks, to a file or stdout.
 * Reads the table of TABLE_NAME; AWS_ENDPOINT_URL_DYNAMODB points it at the local stack.
 */

const USAGE = 'usage: npm run export -- --format csv|ndjson [--account <id>] [--out <file>]';

const argsSchema = z.object({
  format: z.enum(['csv', 'ndjson'], { error: USAGE }),
  account: z.string().min(1).optional(),
  out: z.string().min(1).optional(),
});

async function write(output: Writable, text: string): Promise<void> {
  if (!output.write(text)) await once(output, 'drain');
}

runScript(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { format: { type: 'string' }, account: { type: 'string' }, out: { type: 'string' } },
  });
  const args = argsSchema.parse(values);
  const dynamo = scriptDynamo();
  const output = args.out === undefined ? process.stdout : createWriteStream(args.out);
  let matches = 0;
  try {
    if (args.format === 'csv') await write(output, csvLine(HISTORY_COLUMNS));
    for await (const entry of readHistory(
      { client: dynamo.document, tableName: dynamo.tableName },
      args.account,
    )) {
      await write(output, args.format === 'csv' ? csvLine(historyRow(entry)) : historyJsonLine(entry));
      matches += 1;
    }
  } finally {
    if (output !== process.stdout) await new Promise<void>((resolve) => output.end(() => resolve()));
    dynamo.dynamodb.destroy();
  }
  process.stderr.write(`Exported ${matches} matches.\n`);
});
