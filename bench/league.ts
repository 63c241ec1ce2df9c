import { randomUUID } from 'node:crypto';
import {
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { createBackend } from '../lambda/src/backend';
import { rescore } from '../lambda/src/domain/league/corrections';
import { ownLeagueOf } from '../lambda/src/domain/league/table-league';
import { matchResult, scoreGoal, startMatch } from '../lambda/src/domain/match';
import type { MatchResult } from '../lambda/src/domain/match/result';
import { BAR_RULES } from '../lambda/src/domain/match/rules';
import { rebuildStats } from '../lambda/src/domain/stats';
import { result, season } from '../lambda/src/domain/stats/test-fixtures';
import { memoryLogger } from '../lambda/src/logger';
import { createDynamoClients } from '../lambda/src/store/dynamo-clients';
import { DynamoStatsStore } from '../lambda/src/store/dynamo-stats-store';
import { historyKey } from '../lambda/src/store/table-layout';
import { ensureTable, LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from '../local/dynamodb';
import { TurnMeter, type TurnSample } from './meter';
import { formatTable } from './report';

const HISTORY_SIZES = [100, 10_000];
const POSITIONS = [1, 20];
const WARMUP = 5;
const MEASURED = Number(process.env.BENCH_LEAGUE_ROUNDS ?? 40);
const SEASON_PLAYERS = 50;
const SEASON_CLOSES = Number(process.env.BENCH_SEASON_CLOSES ?? 10);

/** `count` matches among ten players, the last one finished just now. */
function historyOf(count: number, now: number): MatchResult[] {
  const results = season(count, count);
  const shift = now - (results[results.length - 1]?.finishedAt ?? now);
  return results.map((entry) => ({
    ...entry,
    startedAt: entry.startedAt + shift,
    finishedAt: entry.finishedAt + shift,
  }));
}

/** `count` singles among `players` players, round after round so that everyone meets. */
function leagueOfPlayers(players: number, count: number, now: number): MatchResult[] {
  const names = Array.from({ length: players }, (_, i) => `Player ${String(i + 1).padStart(2, '0')}`);
  return Array.from({ length: count }, (_, i) => {
    const red = names[i % players] ?? 'Player 01';
    const blue = names[(i * 7 + 1 + Math.floor(i / players)) % players] ?? 'Player 02';
    const winner = (i * 31) % 3 === 0 ? 'blue' : 'red';
    return result(
      { red: [red], blue: [red === blue ? 'Guest' : blue] },
      winner,
      now - (count - i) * 60_000,
      i % 9,
    );
  });
}

/** Writes the history items (25 a batch) and the stats documents as a recount would. */
async function seed(
  document: DynamoDBDocumentClient,
  tableName: string,
  league: string,
  results: MatchResult[],
) {
  for (let i = 0; i < results.length; i += 25) {
    let requests: Record<string, unknown>[] | undefined = results.slice(i, i + 25).map((entry) => ({
      PutRequest: { Item: { ...historyKey(league, entry.finishedAt, entry.id), result: entry } },
    }));
    while (requests !== undefined && requests.length > 0) {
      const written: BatchWriteCommandOutput = await document.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = written.UnprocessedItems?.[tableName];
    }
  }
  await new DynamoStatsStore({ client: document, tableName }).storeRecount(
    league,
    rebuildStats(results),
    new Map(),
  );
}

/** The result with the other side winning 10 to 4: applying it twice puts the match back. */
function flipped(original: MatchResult): MatchResult {
  return rescore(original, {
    winner: original.winner === 'red' ? 'blue' : 'red',
    winnerGoals: 10,
    loserGoals: 4,
  });
}

/**
 * `npm run bench` section: what a correction costs (the transaction the player waits for
 * after "yes") for the last match and the 20th last, with 100 and 10,000 matches in the league,
 * and a season close with 50 players: p50/p99 time in the store and the DynamoDB calls. A
 * correction replays at most the last 20 results from each document's journal, so its cost
 * should not grow with the league's size.
 */
export async function runLeagueBench(): Promise<void> {
  const dynamoDbLocal = await startDynamoDbLocal();
  try {
    const tableName = `bench-league-${randomUUID().slice(0, 8)}`;
    await ensureTable(dynamoDbLocal.endpoint, tableName);
    const { dynamodb, document } = createDynamoClients({
      endpoint: dynamoDbLocal.endpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    const backend = createBackend({ config: { tableName }, dynamo: document, log: memoryLogger() });
    const records = backend.deps.records;
    if (!records) throw new Error('the backend keeps no league records');
    const seeding: string[] = [];
    const now = Date.now();
    for (const size of HISTORY_SIZES) {
      const started = performance.now();
      await seed(document, tableName, ownLeagueOf(`bench-league-${size}`), historyOf(size, now));
      seeding.push(`${size} matches seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const seasonLeague = ownLeagueOf('bench-league-season');
    const seasonResults = leagueOfPlayers(SEASON_PLAYERS, 2_000, now);
    await seed(document, tableName, seasonLeague, seasonResults);

    const meter = new TurnMeter(dynamodb);
    const samples = new Map<string, TurnSample[]>();
    const correct = meter.wrap(async ({ league, position }: { league: string; position: number }) =>
      records.correct(league, (recent) => {
        const original = recent[position - 1];
        if (!original) throw new Error(`no match ${position} from the last`);
        return { original, corrected: flipped(original) };
      }),
    );
    for (let round = 0; round < WARMUP + MEASURED; round++) {
      for (const position of POSITIONS) {
        for (const size of HISTORY_SIZES) {
          await correct({ league: ownLeagueOf(`bench-league-${size}`), position });
          if (round < WARMUP) continue;
          const key = `correct the ${position === 1 ? 'last match' : `${position}th last`}, ${size} matches`;
          samples.set(key, [...(samples.get(key) ?? []), meter.lastTurn()]);
        }
      }
    }

    // Season closes: one more match between two closes (a season with no match cannot close),
    // finished as a turn finishes it, through the match store and its record writers.
    const close = meter.wrap((at: number) => records.closeSeason(seasonLeague, at, { carryRatings: true }));
    for (let n = 0; n < SEASON_CLOSES; n++) {
      const { version } = await backend.deps.matches.load('bench-league-season');
      let match = startMatch({
        id: `season-extra-${n}`,
        teams: { red: ['Player 01'], blue: ['Player 02'] },
        rules: BAR_RULES,
        at: Date.now(),
      });
      for (let goal = 0; goal < BAR_RULES.target; goal++)
        match = scoreGoal(match, {
          id: `g${goal}`,
          team: 'red',
          kind: 'goal',
          source: 'voice',
          at: Date.now(),
        }).match;
      await backend.deps.matches.save('bench-league-season', version, {
        leagueId: seasonLeague,
        match,
        result: matchResult(match),
      });
      await close(Date.now());
      samples.set(`close a season, ${SEASON_PLAYERS} players`, [
        ...(samples.get(`close a season, ${SEASON_PLAYERS} players`) ?? []),
        meter.lastTurn(),
      ]);
    }

    console.log('\nLeague corrections and seasons: the store work after "yes", DynamoDB Local in memory');
    console.log(
      `${seeding.join('; ')}; ${MEASURED} corrections of each kind, ${SEASON_CLOSES} season closes\n`,
    );
    console.log(formatTable(samples));
    dynamodb.destroy();
  } finally {
    await dynamoDbLocal.stop();
  }
}
