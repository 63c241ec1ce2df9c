import { type GameRules, gamesToWin, rulesForGame } from './rules';
import { fannyWinner, scoreAfter } from './scoring';
import type { Goal, MatchRules, Score, TeamColor } from './types';

/** Where a list of goals leaves a match under some rules. */
export interface ReplayedMatch {
  /** Score of the running game, or of the last game once the match is won. */
  score: Score;
  /** Score of each finished game, the last one included once the match is won. */
  games: Score[];
  gamesWon: Score;
  winner?: TeamColor;
  /** For each finished game, how many goals of the match had been scored when it ended. */
  gameEnds: number[];
}

/** The team that has won a game at this score, if any. */
export function gameWinner(score: Score, game: GameRules): TeamColor | undefined {
  if (hasWonGame(score.red, score.blue, game)) return 'red';
  if (hasWonGame(score.blue, score.red, game)) return 'blue';
  return undefined;
}

function hasWonGame(own: number, other: number, game: GameRules): boolean {
  // At the cap the first to reach it wins, whatever the lead.
  if (game.cap !== undefined && own >= game.cap && own > other) return true;
  return own >= game.target && own - other >= game.winBy;
}

/**
 * Plays the goals again, in order, under the rules. Scoring and undoing both derive the
 * score, games and winner from here, so they can never disagree. Goals after the match
 * is won are not counted (only a change of rules could put them there). The house's scoring
 * (`rules.house`) says what a gamelle and a midfield goal are worth, and when a fanny ends a game.
 */
export function replay(rules: MatchRules, goals: readonly Goal[]): ReplayedMatch {
  const needed = gamesToWin(rules);
  const games: Score[] = [];
  const gamesWon: Score = { red: 0, blue: 0 };
  const gameEnds: number[] = [];
  let score: Score = { red: 0, blue: 0 };
  for (const [index, goal] of goals.entries()) {
    score = scoreAfter(score, goal, rules.house);
    const won =
      fannyWinner(score, rules.house) ?? gameWinner(score, rulesForGame(rules, games.length, gamesWon));
    if (won === undefined) continue;
    games.push(score);
    gameEnds.push(index + 1);
    gamesWon[won] += 1;
    if (gamesWon[won] >= needed) return { score: { ...score }, games, gamesWon, winner: won, gameEnds };
    score = { red: 0, blue: 0 };
  }
  return { score, games, gamesWon, gameEnds };
}
