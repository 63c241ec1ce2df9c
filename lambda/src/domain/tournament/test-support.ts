import type { MatchResult } from '../match/result';
import type { Score, TeamColor, Teams } from '../match/types';
import { nextMatch, recordResult, startNextMatch } from './play';
import { seededRandom } from './random';
import type { Tournament } from './types';

/** How a test decides a match from the teams on the table. */
export type Referee = (teams: Teams) => { winner: TeamColor; goals: Score };

/** A finished table match as the match domain would hand it over. */
export function matchResult(id: string, teams: Teams, winner: TeamColor, goals: Score): MatchResult {
  return {
    id,
    mode: teams.red.length === 1 ? 'singles' : 'doubles',
    teams,
    rules: { target: 5, winBy: 1, bestOf: 1 },
    games: [goals],
    gamesWon: winner === 'red' ? { red: 1, blue: 0 } : { red: 0, blue: 1 },
    goals,
    winner,
    fanny: goals.red === 0 || goals.blue === 0,
    scorers: {},
    startedAt: 0,
    finishedAt: 1,
  };
}

/** Starts and records the next match, as the skill would. */
export function playNext(t: Tournament, matchId: string, referee: Referee): Tournament {
  const next = nextMatch(t);
  if (!next) throw new Error('No match to play');
  const { winner, goals } = referee(next.teams);
  return recordResult(startNextMatch(t, matchId), matchResult(matchId, next.teams, winner, goals));
}

/** Plays every match to the end (or until `limit` matches). */
export function playOut(t: Tournament, referee: Referee, limit = 10_000): Tournament {
  let current = t;
  const started = t.rounds.flatMap((round) => round.matches).filter((match) => match.matchId).length;
  for (let played = 0; current.status === 'running' && played < limit; played++) {
    current = playNext(current, `m${started + played + 1}`, referee);
  }
  return current;
}

/** Red wins 5–3. */
export const redWins: Referee = () => ({ winner: 'red', goals: { red: 5, blue: 3 } });

/** The side with the better seed (lower entrant name number) wins: for players named P1, P2… */
export function favouriteWins(teams: Teams): { winner: TeamColor; goals: Score } {
  const rank = (side: string[]) => Math.min(...side.map((name) => Number(name.replace(/\D/g, ''))));
  return rank(teams.red) < rank(teams.blue)
    ? { winner: 'red', goals: { red: 5, blue: 2 } }
    : { winner: 'blue', goals: { red: 2, blue: 5 } };
}

/** Players named P1..Pn. */
export function players(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `P${index + 1}`);
}

/** A referee drawing every winner from `seed`: the same seed, the same results. */
export function randomReferee(seed: string): Referee {
  const random = seededRandom(seed);
  return () => {
    const loserGoals = Math.floor(random() * 5);
    return random() < 0.5
      ? { winner: 'red', goals: { red: 5, blue: loserGoals } }
      : { winner: 'blue', goals: { red: loserGoals, blue: 5 } };
  };
}
