import { InvalidRulesError } from '../errors';
import { assertNotOver } from './roster';
import type { Tournament } from './types';

export interface TournamentRulesChange {
  /** Points that win a game (1..99). */
  target?: number;
  /** 1 or 3. */
  bestOf?: number;
}

/**
 * "Tournament matches to 7", "best of 3": changes how the matches started from now on are
 * played; matches already played or in play keep their rules.
 */
export function setTournamentRules(t: Tournament, change: TournamentRulesChange): Tournament {
  assertNotOver(t);
  const target = change.target ?? t.settings.target;
  if (!Number.isInteger(target) || target < 1 || target > 99) throw new InvalidRulesError('target');
  const bestOf = change.bestOf ?? t.settings.bestOf;
  if (bestOf !== 1 && bestOf !== 3) throw new InvalidRulesError('bestOf');
  const next = structuredClone(t);
  next.settings = { ...next.settings, target, bestOf };
  return next;
}
