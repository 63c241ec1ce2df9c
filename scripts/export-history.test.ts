import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchResult } from '../lambda/src/domain/match/result';
import { DynamoMatchStore } from '../lambda/src/store/dynamo-match-store';
import { finished, newSinglesMatch } from '../lambda/src/store/sample-matches';
import { createTestTable, type TestTable } from '../test/support/dynamodb';
import { HISTORY_COLUMNS } from './history/history-rows';
import { runProjectScript } from './history/run-script';

describe('npm run export', () => {
  let table: TestTable;
  const played: Record<string, MatchResult[]> = {};

  /** Finishes matches on an account's table through the match store, as turns do. */
  async function play(accountId: string, count: number, names: [string, string]) {
    const store = new DynamoMatchStore({ client: table.document, tableName: table.tableName });
    const thing = `table-${accountId}`;
    for (let i = 0; i < count; i++) {
      const { version } = await store.load(thing);
      const started = {
        ...newSinglesMatch(`${accountId}-${i}`, Date.UTC(2025, 4, 1 + i, 18)),
        teams: { red: [names[0]], blue: [names[1]] },
      };
      const { match, result } = finished(
        { ...started, score: { red: 10, blue: i } },
        started.startedAt + 600_000,
        i % 2 === 0 ? 'red' : 'blue',
      );
      await store.save(thing, version, { leagueId: accountId, match, result });
      played[accountId] = [...(played[accountId] ?? []), result];
    }
  }

  beforeAll(async () => {
    table = await createTestTable();
    await play('acct-a', 3, ['Zoé "La Fusée", Jr', '=Bob']);
    await play('acct-b', 2, ['Carole', 'David']);
  });

  it("writes an account's matches as CSV, oldest first, with names escaped", async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'export-')), 'history.csv');

    const run = await runProjectScript(
      'export-history.ts',
      ['--format', 'csv', '--account', 'acct-a', '--out', out],
      table.env,
    );

    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Exported 3 matches.');
    const lines = (await readFile(out, 'utf8')).split('\r\n');
    expect(lines[0]).toBe(HISTORY_COLUMNS.join(','));
    expect(lines[1]).toBe(
      [
        'acct-a',
        'acct-a-0',
        '2025-05-01T18:00:00.000Z',
        '2025-05-01T18:10:00.000Z',
        'singles',
        '"Zoé ""La Fusée"", Jr"',
        '',
        "'=Bob",
        '',
        '10',
        '0',
        '1',
        '0',
        '10-0',
        'red',
        'true',
        '10',
        '1',
        '1',
        '',
        'Alice: 2',
      ].join(','),
    );
    expect(lines.slice(1, 4).map((line) => line.split(',')[1])).toEqual(['acct-a-0', 'acct-a-1', 'acct-a-2']);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });

  it('writes every account as NDJSON to stdout: each line the stored result, whole', async () => {
    const run = await runProjectScript('export-history.ts', ['--format', 'ndjson'], table.env);

    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    const byAccount = (account: string) =>
      lines.filter((line) => line.account === account).map(({ account: _, ...result }) => result);
    expect(byAccount('acct-a')).toEqual(played['acct-a']);
    expect(byAccount('acct-b')).toEqual(played['acct-b']);
  });

  it('refuses an unknown format with its usage, and writes nothing', async () => {
    const run = await runProjectScript('export-history.ts', ['--format', 'xlsx'], table.env);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('usage: npm run export -- --format csv|ndjson');
    expect(run.stdout).toBe('');
  });
});
