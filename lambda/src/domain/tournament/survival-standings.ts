import { livesLeft } from './last-man-standing';
import { rankRows } from './ranked-rows';
import { type StandingRow, sides, tally } from './standings';
import type { Tournament } from './types';

/**
 * The last man standing table: players with lives first (most lives left, then wins, then
 * goal difference), then those out, the later out the higher (then wins, goal difference).
 */
export function survivalTable(t: Tournament): StandingRow[] {
  const rows = tally(t);
  const lives = livesLeft(t);
  const out = new Map<number, number>();
  const lost = new Map<number, number>();
  t.rounds.forEach((round, roundIndex) => {
    for (const match of round.matches) {
      if (match.state !== 'played') continue;
      for (const index of sides(match).losers) {
        lost.set(index, (lost.get(index) ?? 0) + 1);
        if ((lives[index] ?? 0) === 0 && lost.get(index) === (t.settings.lives ?? 0))
          out.set(index, roundIndex + 1);
      }
    }
  });
  rows.forEach((row, index) => {
    row.lives = lives[index] ?? 0;
    const round = out.get(index);
    if (round !== undefined) row.outInRound = round;
  });
  return rankRows(rows, (index) => {
    const row = rows[index];
    return [row?.lives ?? 0, row?.outInRound ?? 0, row?.wins ?? 0, row?.goalDifference ?? 0];
  });
}
