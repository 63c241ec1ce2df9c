import { POINTS_PER_WIN } from './points';
import { rankRows } from './ranked-rows';
import { headToHead, type StandingRow, sides, tally } from './standings';
import type { Tournament } from './types';

/** Buchholz without the best and the worst opponent's points, once there are three opponents. */
function median(points: readonly number[]): number {
  const sum = points.reduce((total, value) => total + value, 0);
  if (points.length < 3) return sum;
  return sum - Math.max(...points) - Math.min(...points);
}

/**
 * The Swiss table: points (a bye counts as a win, with no goals), then Buchholz (the sum of
 * the opponents' points), then Median-Buchholz, then wins between the entrants still level.
 * Entrants level on all four share a position.
 */
export function swissTable(t: Tournament): StandingRow[] {
  const rows = tally(t);
  const matches = t.rounds.flatMap((round) => round.matches);
  for (const match of matches) {
    const [entrant] = match.red;
    const row = entrant === undefined ? undefined : rows[entrant];
    if (match.state !== 'bye' || !row) continue;
    row.byes = (row.byes ?? 0) + 1;
    row.played += 1;
    row.wins += 1;
    row.points += POINTS_PER_WIN;
  }
  const opponents = rows.map(() => [] as number[]);
  for (const match of matches) {
    if (match.state !== 'played') continue;
    const { winners, losers } = sides(match);
    for (const a of winners) {
      for (const b of losers) {
        opponents[a]?.push(b);
        opponents[b]?.push(a);
      }
    }
  }
  rows.forEach((row, index) => {
    const theirPoints = (opponents[index] ?? []).map((other) => rows[other]?.points ?? 0);
    row.buchholz = theirPoints.reduce((sum, value) => sum + value, 0);
    row.medianBuchholz = median(theirPoints);
  });
  const level = new Map<string, Set<number>>();
  rows.forEach((row, index) => {
    const key = `${row.points}/${row.buchholz}/${row.medianBuchholz}`;
    level.set(key, (level.get(key) ?? new Set()).add(index));
  });
  const h2h = new Map<number, number>();
  for (const group of level.values()) {
    if (group.size > 1) for (const [index, wins] of headToHead(t, group)) h2h.set(index, wins);
  }
  return rankRows(rows, (index) => {
    const row = rows[index];
    return [row?.points ?? 0, row?.buchholz ?? 0, row?.medianBuchholz ?? 0, h2h.get(index) ?? 0];
  });
}
