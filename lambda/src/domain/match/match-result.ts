import type { MatchResult } from './result';
import { fastestGoal, fastestShotsBy, timedShot } from './shots';
import { otherTeam } from './teams';
import type { Match } from './types';

/**
 * What a finished match leaves in the history: every game, goals per team over the whole
 * match (a gamelle is one goal), goals per named scorer, and whether the losers took a
 * fanny (no goal at all), and the fastest goal the table timed (overall and per known shooter).
 * @throws Error when the match is not finished (a programming error: only won matches are kept).
 */
export function matchResult(match: Match): MatchResult {
  if (match.status !== 'finished' || match.winner === undefined || match.finishedAt === undefined) {
    throw new Error(`Match ${match.id} is not finished`);
  }
  const goals = { red: 0, blue: 0 };
  // A Map, then entries: a player may be called anything, even "__proto__".
  const scorers = new Map<string, number>();
  for (const goal of match.goals) {
    goals[goal.team] += 1;
    if (goal.scorer !== undefined) scorers.set(goal.scorer, (scorers.get(goal.scorer) ?? 0) + 1);
  }
  const loser = otherTeam(match.winner);
  const fastest = fastestGoal(match);
  const fastestBy = fastestShotsBy(match);
  return {
    id: match.id,
    mode: match.mode,
    teams: { red: [...match.teams.red], blue: [...match.teams.blue] },
    rules: match.rules,
    games: match.games.map((game) => ({ ...game })),
    gamesWon: { ...match.gamesWon },
    goals,
    winner: match.winner,
    fanny: goals[loser] === 0,
    scorers: Object.fromEntries(scorers),
    ...(fastest === undefined ? {} : { fastestShot: timedShot(match, fastest) }),
    ...(fastestBy.length === 0 ? {} : { fastestShotsBy: fastestBy }),
    startedAt: match.startedAt,
    finishedAt: match.finishedAt,
  };
}
