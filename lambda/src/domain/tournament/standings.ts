import { otherTeam } from '../match/teams';
import { doubleEliminationStandings, playoffStandings } from './bracket-standings';
import { knockoutRoundCount } from './knockout';
import { POINTS_PER_WIN } from './points';
import { currentRoundIndex } from './roster';
import { survivalTable } from './survival-standings';
import { swissTable } from './swiss-standings';
import type { Tournament, TournamentMatch } from './types';

export { POINTS_PER_WIN } from './points';

export interface StandingRow {
  /** Shared by entrants equal on every tie-break. */
  position: number;
  /** The entrant's players: one, or a fixed team of two. */
  players: string[];
  points: number;
  played: number;
  wins: number;
  losses: number;
  goalsFor: number;
  goalsAgainst: number;
  goalDifference: number;
  /** Monster DYP: left the tournament. */
  left?: true;
  /** Swiss: byes had (each counted as a win, with no goals). */
  byes?: number;
  /** Swiss: the sum of the opponents' points. */
  buchholz?: number;
  /** Swiss: Buchholz without the best and the worst opponent (from three opponents on). */
  medianBuchholz?: number;
  /** Last man standing: lives left. */
  lives?: number;
  /** Last man standing: the round a player lost their last life in. */
  outInRound?: number;
}

/** Round robin, Monster DYP, Swiss and last man standing: a table, one row per entrant. */
export interface TableStandings {
  format: 'round_robin' | 'monster_dyp' | 'swiss' | 'last_man_standing';
  rows: StandingRow[];
}

/** Knockout, double elimination, the knockout after a group stage: where the bracket stands. */
export interface KnockoutStandings {
  format: 'knockout' | 'double_elimination' | 'playoff';
  round: number;
  /** 0 when not known in advance (a double elimination). */
  totalRounds: number;
  /** Entrants not yet out, in seed order. */
  stillIn: string[][];
  /** Double elimination: those of `stillIn` who lost once. */
  oneLoss?: string[][];
  /** Entrants out with the round they went out in, latest first. */
  out: { players: string[]; round: number }[];
}

export type Standings = TableStandings | KnockoutStandings;

/** Matches decided on the table or by forfeit, outside a knockout stage after the group stage. */
const decided = (t: Tournament): TournamentMatch[] =>
  t.rounds
    .filter((round) => round.stage !== 'playoff')
    .flatMap((round) => round.matches.filter((match) => match.state === 'played'));

export function sides(match: TournamentMatch) {
  const winner = match.winner === 'blue' ? 'blue' : 'red';
  const loser = otherTeam(winner);
  return {
    winners: match[winner],
    losers: match[loser],
    winnerGoals: match.goals?.[winner] ?? 0,
    loserGoals: match.goals?.[loser] ?? 0,
  };
}

export function tally(t: Tournament): StandingRow[] {
  const rows: StandingRow[] = t.entrants.map((entrant) => ({
    position: 0,
    players: [...entrant.players],
    points: 0,
    played: 0,
    wins: 0,
    losses: 0,
    goalsFor: 0,
    goalsAgainst: 0,
    goalDifference: 0,
    ...(entrant.left ? { left: true as const } : {}),
  }));
  for (const match of decided(t)) {
    const { winners, losers, winnerGoals, loserGoals } = sides(match);
    const credit = (side: number[], won: boolean, scored: number, conceded: number) => {
      for (const index of side) {
        const row = rows[index];
        if (!row) continue;
        row.played += 1;
        row.wins += won ? 1 : 0;
        row.losses += won ? 0 : 1;
        row.points += won ? POINTS_PER_WIN : 0;
        row.goalsFor += scored;
        row.goalsAgainst += conceded;
        row.goalDifference = row.goalsFor - row.goalsAgainst;
      }
    };
    credit(winners, true, winnerGoals, loserGoals);
    credit(losers, false, loserGoals, winnerGoals);
  }
  return rows;
}

/** Wins in matches against another entrant of the group (in Monster DYP: a match where one was an opponent). */
export function headToHead(t: Tournament, group: ReadonlySet<number>): Map<number, number> {
  const wins = new Map<number, number>();
  for (const match of decided(t)) {
    const { winners, losers } = sides(match);
    if (!losers.some((index) => group.has(index))) continue;
    for (const index of winners) if (group.has(index)) wins.set(index, (wins.get(index) ?? 0) + 1);
  }
  return wins;
}

/**
 * The league table: points, then head-to-head among the entrants level on points, then goal
 * difference, then goals scored. Entrants equal on all four share a position (listed in entry order).
 */
export function leagueTable(t: Tournament): StandingRow[] {
  return rankedEntrants(t).map(({ row }) => row);
}

/** The league table with each row's entrant index. */
export function rankedEntrants(t: Tournament): { index: number; row: StandingRow }[] {
  const rows = tally(t);
  const byPoints = new Map<number, Set<number>>();
  rows.forEach((row, index) => {
    byPoints.set(row.points, (byPoints.get(row.points) ?? new Set()).add(index));
  });
  const h2h = new Map<number, number>();
  for (const group of byPoints.values()) {
    if (group.size > 1) for (const [index, wins] of headToHead(t, group)) h2h.set(index, wins);
  }
  const keys = (index: number) => {
    const row = rows[index];
    return [row?.points ?? 0, h2h.get(index) ?? 0, row?.goalDifference ?? 0, row?.goalsFor ?? 0];
  };
  const compare = (a: number, b: number) => {
    const [ka, kb] = [keys(a), keys(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (kb[i] ?? 0) - (ka[i] ?? 0);
    return 0;
  };
  const order = rows.map((_, index) => index).sort((a, b) => compare(a, b) || a - b);
  const table: { index: number; row: StandingRow }[] = [];
  order.forEach((index, place) => {
    const row = rows[index] as StandingRow;
    const previous = order[place - 1];
    const level = previous !== undefined && compare(previous, index) === 0;
    row.position = level ? (table[place - 1]?.row.position ?? place + 1) : place + 1;
    table.push({ index, row });
  });
  return table;
}

function knockoutStandings(t: Tournament): KnockoutStandings {
  const beaten = new Map<number, number>();
  t.rounds.forEach((round, roundIndex) => {
    for (const match of round.matches) {
      if (match.state === 'played')
        for (const index of sides(match).losers) beaten.set(index, roundIndex + 1);
    }
  });
  return {
    format: 'knockout',
    round: currentRoundIndex(t) + 1,
    totalRounds: knockoutRoundCount(t.entrants.length),
    stillIn: t.entrants.filter((_, index) => !beaten.has(index)).map((entrant) => [...entrant.players]),
    out: [...beaten.entries()]
      .sort(([a, roundA], [b, roundB]) => roundB - roundA || a - b)
      .map(([index, round]) => ({ players: [...(t.entrants[index]?.players ?? [])], round })),
  };
}

/** Standings so far (also after the end or an abandon). */
export function standings(t: Tournament): Standings {
  if (t.qualifiers) return playoffStandings(t);
  switch (t.format) {
    case 'knockout':
      return knockoutStandings(t);
    case 'double_elimination':
      return doubleEliminationStandings(t);
    case 'swiss':
      return { format: t.format, rows: swissTable(t) };
    case 'last_man_standing':
      return { format: t.format, rows: survivalTable(t) };
    default:
      return { format: t.format, rows: leagueTable(t) };
  }
}
