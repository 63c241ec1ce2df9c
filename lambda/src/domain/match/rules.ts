import { InvalidRulesError } from '../errors';
import type { MatchRules, Score } from './types';

/** Bar rules, the default: one game, the first to 10 wins. */
export const BAR_RULES: MatchRules = Object.freeze({ target: 10, winBy: 1, bestOf: 1, preset: 'bar' });

/** ITSF-style rules: games to 5, the deciding game won by 2 points and capped at 8 (8-7 wins). */
export function itsfRules(bestOf: 3 | 5 = 3): MatchRules {
  return { target: 5, winBy: 1, bestOf, decidingGame: { winBy: 2, cap: 8 }, preset: 'itsf' };
}

/** What players asked for: "ITSF rules in 5 games", "first to 11", "with a 2-point lead". */
export interface RulesRequest {
  preset?: 'bar' | 'itsf';
  target?: number;
  bestOf?: number;
  winBy?: number;
}

/** The target, lead and cap that apply to one game. */
export interface GameRules {
  target: number;
  winBy: number;
  cap?: number;
}

/**
 * Rules for a request: the preset first (ITSF in 5 games when asked), then the explicit
 * target, number of games and lead. Anything not asked for keeps the value of `base`.
 * A cap keeps its distance above the target, so "ITSF to 7" caps its deciding game at 10.
 * @throws InvalidRulesError when a value is out of range.
 */
export function resolveRules(request: RulesRequest, base: MatchRules = BAR_RULES): MatchRules {
  const preset = presetRules(request, base);
  const target = request.target ?? preset.target;
  const winBy = request.winBy ?? preset.winBy;
  const rules: MatchRules = { ...preset, target, winBy, bestOf: request.bestOf ?? preset.bestOf };
  // A preset changes how games are won, never how the house counts a goal.
  if (base.house) rules.house = base.house;
  const cap = movedCap(preset.cap, preset.target, target);
  if (cap === undefined) delete rules.cap;
  else rules.cap = cap;
  if (preset.decidingGame) {
    const decidingCap = movedCap(preset.decidingGame.cap, preset.target, target);
    // An explicit lead applies to every game; the deciding game never asks for less than its own.
    const decidingWinBy = Math.max(preset.decidingGame.winBy, request.winBy ?? 0);
    rules.decidingGame =
      decidingCap === undefined ? { winBy: decidingWinBy } : { winBy: decidingWinBy, cap: decidingCap };
  }
  assertValidRules(rules);
  return rules;
}

function presetRules(request: RulesRequest, base: MatchRules): MatchRules {
  if (request.preset === 'itsf') return itsfRules(request.bestOf === 5 ? 5 : 3);
  if (request.preset === 'bar') return { ...BAR_RULES };
  return { ...base, ...(base.decidingGame ? { decidingGame: { ...base.decidingGame } } : {}) };
}

function movedCap(cap: number | undefined, oldTarget: number, newTarget: number): number | undefined {
  return cap === undefined ? undefined : cap + newTarget - oldTarget;
}

/**
 * Checks the values a player can set: target 1..99, an odd number of games 1..9, a lead of 1..5.
 * @throws InvalidRulesError naming the first value out of range.
 */
export function assertValidRules(rules: MatchRules): void {
  if (!isIntegerIn(rules.target, 1, 99)) throw new InvalidRulesError('target');
  if (!isIntegerIn(rules.bestOf, 1, 9) || rules.bestOf % 2 === 0) throw new InvalidRulesError('bestOf');
  if (!isIntegerIn(rules.winBy, 1, 5)) throw new InvalidRulesError('winBy');
  if (rules.decidingGame && !isIntegerIn(rules.decidingGame.winBy, 1, 5))
    throw new InvalidRulesError('winBy');
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Games a team must win to win the match: 1 of 1, 2 of 3, 3 of 5. */
export function gamesToWin(rules: MatchRules): number {
  return Math.ceil(rules.bestOf / 2);
}

/**
 * The rules of one game. The deciding game (the last one that can be played: game 3 of a
 * best of 3 at 1-1) takes its own lead and cap.
 * @param gameIndex 0-based number of the game.
 * @param gamesWon games won by each team before this one.
 */
export function rulesForGame(rules: MatchRules, gameIndex: number, gamesWon: Score): GameRules {
  const lastGame = gamesToWin(rules) - 1;
  const deciding =
    gameIndex === rules.bestOf - 1 || (gamesWon.red === lastGame && gamesWon.blue === lastGame);
  if (deciding && rules.decidingGame) {
    const cap = rules.decidingGame.cap ?? rules.cap;
    return withCap({ target: rules.target, winBy: rules.decidingGame.winBy }, cap);
  }
  return withCap({ target: rules.target, winBy: rules.winBy }, rules.cap);
}

function withCap(game: GameRules, cap: number | undefined): GameRules {
  return cap === undefined ? game : { ...game, cap };
}
