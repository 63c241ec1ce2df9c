import { gameWinner } from './replay';
import { gamesToWin, rulesForGame } from './rules';
import { type Match, type MatchStatus, type Score, TEAM_COLORS, type TeamColor } from './types';

/** What a person would say about the score; speech is rendered elsewhere. */
export interface ScoreSummary {
  status: MatchStatus;
  /** The team ahead in the running game (the winner once the match is won). */
  leader?: TeamColor;
  /** Level in the running game. */
  tied: boolean;
  score: Score;
  gamesWon: Score;
  /** 1-based number of the running game (of the last game once the match is won). */
  gameNumber: number;
  bestOf: number;
  /** Target of the running game. */
  target: number;
  winner?: TeamColor;
  /** Points each team still needs to reach the target in this game, ignoring the lead needed. */
  pointsToWin: Score;
  /** The team whose next goal would win the match, when only one team is that close. */
  matchPoint?: TeamColor;
}

/** The score of a match as a person would tell it. */
export function summarizeScore(match: Match): ScoreSummary {
  const over = match.status === 'finished';
  const gameIndex = over ? match.games.length - 1 : match.games.length;
  const gamesBefore =
    over && match.winner
      ? { ...match.gamesWon, [match.winner]: match.gamesWon[match.winner] - 1 }
      : match.gamesWon;
  const game = rulesForGame(match.rules, gameIndex, gamesBefore);
  const { red, blue } = match.score;
  const summary: ScoreSummary = {
    status: match.status,
    tied: red === blue,
    score: { ...match.score },
    gamesWon: { ...match.gamesWon },
    gameNumber: gameIndex + 1,
    bestOf: match.rules.bestOf,
    target: game.target,
    pointsToWin: { red: Math.max(0, game.target - red), blue: Math.max(0, game.target - blue) },
  };
  if (red !== blue) summary.leader = red > blue ? 'red' : 'blue';
  if (match.winner !== undefined) summary.winner = match.winner;
  if (match.status === 'in_progress' || match.status === 'paused') {
    const atMatchPoint = TEAM_COLORS.filter((team) => {
      const lastGame = match.gamesWon[team] === gamesToWin(match.rules) - 1;
      const next = { ...match.score, [team]: match.score[team] + 1 };
      return lastGame && gameWinner(next, game) === team;
    });
    const [only] = atMatchPoint;
    if (only !== undefined && atMatchPoint.length === 1) summary.matchPoint = only;
  }
  return summary;
}
