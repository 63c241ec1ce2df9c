import {
  abandonMatch,
  BAR_RULES,
  itsfRules,
  matchResult,
  scoreGoal,
  startMatch,
} from '../../lambda/src/domain/match';
import type { MatchResult } from '../../lambda/src/domain/match/result';
import type { Match, MatchRules, TeamColor } from '../../lambda/src/domain/match/types';
import type { MatchStore } from '../../lambda/src/store/ports';
import { updateTable } from '../../lambda/src/store/update-table';

/** Ten players known to the model in both languages, strongest last. */
export const STATS_PLAYERS = [
  'Alice',
  'Bob',
  'Carole',
  'David',
  'Léa',
  'Emma',
  'Thomas',
  'Sarah',
  'Sophie',
  'Jean-Pierre',
] as const;

/** A reproducible source of numbers in [0, 1) (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How strong a player is: the later in the list, the likelier to score. */
export function strengthOf(name: string): number {
  return 1 + STATS_PLAYERS.indexOf(name as (typeof STATS_PLAYERS)[number]) * 0.35;
}

/** Monday 00:00 UTC of the ISO week holding `at`. */
function weekStart(at: number): number {
  const day = new Date(at);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return midnight - ((day.getUTCDay() + 6) % 7) * 86_400_000;
}

/** When each match finishes: spread over the last 45 days, the last 20 within this week. */
function finishTimes(count: number, now: number): number[] {
  const recent = Math.min(20, count);
  const earlier = count - recent;
  const recentFrom = Math.max(weekStart(now), now - 20 * 60_000);
  const times = Array.from(
    { length: earlier },
    (_, i) => now - 45 * 86_400_000 + i * Math.floor((40 * 86_400_000) / earlier),
  );
  for (let i = 1; i <= recent; i++)
    times.push(recentFrom + Math.floor(((now - recentFrom) * i) / (recent + 1)));
  return times;
}

interface PlannedMatch {
  id: string;
  red: string[];
  blue: string[];
  rules: MatchRules;
  finishedAt: number;
}

function plan(count: number, seed: number, now: number): PlannedMatch[] {
  const random = seeded(seed);
  return finishTimes(count, now).map((finishedAt, index) => {
    const size = random() < 0.5 ? 1 : 2;
    const drawn = [...STATS_PLAYERS].sort(() => random() - 0.5).slice(0, size * 2);
    return {
      id: `season-${seed}-${index}`,
      red: drawn.slice(0, size),
      blue: drawn.slice(size),
      rules: random() < 0.15 ? itsfRules(3) : { ...BAR_RULES, target: 5 },
      finishedAt,
    };
  });
}

/** Goal by goal, the stronger side scoring more often; some goals credited to a player by name. */
function playOut(planned: PlannedMatch, random: () => number, abandoned = false): Match {
  const power = (team: string[]) => team.reduce((sum, name) => sum + strengthOf(name), 0);
  const redChance = power(planned.red) / (power(planned.red) + power(planned.blue));
  let match = startMatch({
    id: planned.id,
    teams: { red: planned.red, blue: planned.blue },
    rules: planned.rules,
    at: planned.finishedAt - 600_000,
  });
  for (let goal = 0; match.status === 'in_progress'; goal++) {
    if (abandoned && goal === 3) return abandonMatch(match, planned.finishedAt);
    const team: TeamColor = random() < redChance ? 'red' : 'blue';
    const scorer = random() < 0.3 ? match.teams[team][0] : undefined;
    const outcome = scoreGoal(match, {
      id: `${planned.id}-goal-${goal}`,
      team,
      ...(scorer === undefined ? {} : { player: scorer }),
      kind: 'goal',
      source: random() < 0.5 ? 'table' : 'voice',
      at: planned.finishedAt - 600_000 + goal * 10_000,
    });
    match = outcome.match;
  }
  // The last goal's time is the finish time the periods are placed by.
  return { ...match, finishedAt: planned.finishedAt };
}

/** Saves a match as a turn does (`updateTable`, so every finished-match writer runs). */
async function save(store: MatchStore, table: SeasonTable, match: Match): Promise<MatchResult | undefined> {
  const result = match.status === 'finished' ? matchResult(match) : undefined;
  await updateTable(store, table.thingName, () => ({
    write: { leagueId: table.accountId, match, ...(result === undefined ? {} : { result }) },
    outcome: undefined,
  }));
  return result;
}

export interface SeasonTable {
  accountId: string;
  thingName: string;
}

/**
 * Plays a season on one table through the store: `count` finished matches among
 * `STATS_PLAYERS`, singles and doubles, bar and ITSF rules, and every 25th match preceded by
 * one abandoned halfway (never counted).
 * @returns the finished matches' results, in the order they finished: the raw history.
 */
export async function playSeason(
  store: MatchStore,
  table: SeasonTable,
  options: { count: number; seed: number; now: number },
): Promise<MatchResult[]> {
  const random = seeded(options.seed * 31 + 7);
  const results: MatchResult[] = [];
  for (const [index, planned] of plan(options.count, options.seed, options.now).entries()) {
    if (index % 25 === 7)
      await save(store, table, playOut({ ...planned, id: `${planned.id}-abandoned` }, random, true));
    const result = await save(store, table, playOut(planned, random));
    if (result === undefined) throw new Error(`Match ${planned.id} did not finish`);
    results.push(result);
  }
  return results;
}
