import { ImpossibleScoreError, NoSuchMatchError, NothingToCorrectError } from '../errors';
import type { MatchResult } from '../match/result';
import type { GameRules } from '../match/rules';
import { rulesForGame } from '../match/rules';
import { otherTeam, sameName } from '../match/teams';
import type { TeamColor } from '../match/types';

/** How far back a correction reaches: the league's last 20 finished matches. */
export const CORRECTABLE_MATCHES = 20;

/** Which finished match a correction is about. */
export interface MatchChoice {
  /** 1: the last match, 2: the one before… Left out with no players: the last one. */
  position?: number;
  /** The match's players, any side ("Alice against Bob"): the latest match they all played in. */
  players?: readonly string[];
  /** Only matches finished at or after this instant ("this morning"). */
  since?: number;
}

/**
 * The match a correction names, among the league's last finished matches (newest first).
 * @throws NoSuchMatchError when none of the last `CORRECTABLE_MATCHES` fits.
 */
export function chooseMatch(recent: readonly MatchResult[], choice: MatchChoice): MatchResult {
  const reachable = recent.slice(0, CORRECTABLE_MATCHES);
  const players = choice.players ?? [];
  if (players.length === 0) {
    const position = choice.position ?? 1;
    const found = reachable.filter(
      (result) => choice.since === undefined || result.finishedAt >= choice.since,
    )[position - 1];
    if (!Number.isInteger(position) || position < 1 || found === undefined)
      throw new NoSuchMatchError(position);
    return found;
  }
  const playedIn = (result: MatchResult, name: string) =>
    [...result.teams.red, ...result.teams.blue].some((player) => sameName(player, name));
  const matching = reachable.filter(
    (result) =>
      (choice.since === undefined || result.finishedAt >= choice.since) &&
      players.every((name) => playedIn(result, name)),
  );
  const found = matching[(choice.position ?? 1) - 1];
  if (found === undefined) throw new NoSuchMatchError(undefined, players);
  return found;
}

/** A corrected final score: "10 to 8 for blue". */
export interface CorrectedScore {
  winner: TeamColor;
  winnerGoals: number;
  loserGoals: number;
}

/** Highest score a corrected game may have: beyond any target, lead and cap a player sets. */
const MAX_GAME_GOALS = 200;

/**
 * True when a game under `rules` can end on this score: the winner reaches it with their last
 * goal, from a score at which the game was still on, itself reachable goal by goal without the
 * game ending on the way (so 5–4 cannot end a game to 3, nor 11–10 a game to 10 won by 1).
 */
export function endsGame(rules: GameRules, winnerGoals: number, loserGoals: number): boolean {
  if (!Number.isInteger(winnerGoals) || !Number.isInteger(loserGoals)) return false;
  if (loserGoals < 0 || winnerGoals <= loserGoals || winnerGoals > MAX_GAME_GOALS) return false;
  const over = (a: number, b: number) => {
    const high = Math.max(a, b);
    return (
      (high >= rules.target && Math.abs(a - b) >= rules.winBy) ||
      (rules.cap !== undefined && high >= rules.cap)
    );
  };
  // still[a][b]: the score a–b can be reached goal by goal with the game still on.
  const still: boolean[][] = [];
  for (let a = 0; a < winnerGoals; a++) {
    const row: boolean[] = [];
    still.push(row);
    for (let b = 0; b <= loserGoals; b++) {
      const reached = (a === 0 && b === 0) || (still[a - 1]?.[b] ?? false) || (row[b - 1] ?? false);
      row.push(reached && !over(a, b));
    }
  }
  return over(winnerGoals, loserGoals) && (still[winnerGoals - 1]?.[loserGoals] ?? false);
}

/**
 * The result with its final score corrected. Goals credited to players are kept as long as
 * their team scored at least that many; a team whose goals went down loses its credits.
 * @throws ImpossibleScoreError for a score no single game under the match's rules ends on, or
 *   for a match played over several games (its games cannot be said in one score).
 * @throws NothingToCorrectError when the result already is this one.
 */
export function rescore(result: MatchResult, score: CorrectedScore): MatchResult {
  const { winner, winnerGoals, loserGoals } = score;
  const { target } = result.rules;
  if (result.rules.bestOf > 1) throw new ImpossibleScoreError(winnerGoals, loserGoals, target, true);
  const game = rulesForGame(result.rules, 0, { red: 0, blue: 0 });
  if (!endsGame(game, winnerGoals, loserGoals))
    throw new ImpossibleScoreError(winnerGoals, loserGoals, target);
  const loser = otherTeam(winner);
  const goals = { [winner]: winnerGoals, [loser]: loserGoals } as { red: number; blue: number };
  if (result.winner === winner && result.goals.red === goals.red && result.goals.blue === goals.blue)
    throw new NothingToCorrectError();
  const scorers = Object.fromEntries(
    Object.entries(result.scorers).filter(([name]) => {
      const team: TeamColor | undefined = result.teams.red.some((player) => sameName(player, name))
        ? 'red'
        : result.teams.blue.some((player) => sameName(player, name))
          ? 'blue'
          : undefined;
      return team !== undefined && creditedTo(result, team) <= goals[team];
    }),
  );
  return {
    ...result,
    games: [{ ...goals }],
    gamesWon: { [winner]: 1, [loser]: 0 } as { red: number; blue: number },
    goals,
    winner,
    fanny: loserGoals === 0,
    scorers,
  };
}

function creditedTo(result: MatchResult, team: TeamColor): number {
  return Object.entries(result.scorers)
    .filter(([name]) => result.teams[team].some((player) => sameName(player, name)))
    .reduce((sum, [, goals]) => sum + goals, 0);
}
