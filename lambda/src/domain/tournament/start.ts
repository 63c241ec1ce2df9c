import { OddPlayerCountError, TooFewEntrantsError, TournamentAlreadyStartedError } from '../errors';
import { firstKnockoutRound } from './knockout';
import { defaultDypRounds, drawDypRound } from './monster-dyp';
import { seededRandom } from './random';
import { assertNotOver, playerCount, sameName } from './roster';
import { roundRobinRounds } from './round-robin';
import type { Entrant, Tournament } from './types';

export interface StartOptions {
  /**
   * Knockout seeding: player names, best first (rating order once ratings exist). A team
   * ranks by the mean place of its players; unranked entrants come after, in entry order.
   * Without it, entry order is the seed order.
   */
  ranking?: readonly string[];
}

/** Players still waiting for a partner are paired, in the order they came. */
function pairWaitingPlayers(entrants: readonly Entrant[]): Entrant[] {
  const paired: Entrant[] = [];
  let waiting: Entrant | undefined;
  for (const entrant of entrants) {
    if (entrant.players.length !== 1) paired.push(entrant);
    else if (waiting) {
      waiting.players.push(...entrant.players);
      waiting = undefined;
    } else {
      waiting = { players: [...entrant.players] };
      paired.push(waiting);
    }
  }
  return paired;
}

function seedOrder(entrants: readonly Entrant[], ranking: readonly string[]): Entrant[] {
  const place = (player: string) => {
    const found = ranking.findIndex((ranked) => sameName(ranked, player));
    return found === -1 ? ranking.length : found;
  };
  const meanPlace = (entrant: Entrant) =>
    entrant.players.reduce((sum, player) => sum + place(player), 0) / entrant.players.length;
  // Array.prototype.sort is stable: equal places keep the entry order.
  return [...entrants].sort((a, b) => meanPlace(a) - meanPlace(b));
}

/**
 * Closes entries and draws: the whole round-robin schedule, the knockout's first round, or
 * the first Monster DYP round. Every later draw derives from `seed` too.
 */
export function startTournament(
  t: Tournament,
  seed: string | number,
  options: StartOptions = {},
): Tournament {
  assertNotOver(t);
  if (t.status !== 'registering') throw new TournamentAlreadyStartedError();
  const next = structuredClone(t);
  const players = playerCount(next);
  const minimum = next.mode === 'doubles' ? 4 : 2;
  if (players < minimum) throw new TooFewEntrantsError(minimum, players);
  if (next.format !== 'monster_dyp' && next.mode === 'doubles') {
    if (players % 2 === 1) throw new OddPlayerCountError(players);
    next.entrants = pairWaitingPlayers(next.entrants);
  }
  next.seed = String(seed);
  next.status = 'running';
  const entrants = next.entrants.length;
  if (next.format === 'round_robin') {
    next.rounds = roundRobinRounds(entrants, seededRandom(`${next.seed}:schedule`));
  } else if (next.format === 'knockout') {
    next.entrants = seedOrder(next.entrants, options.ranking ?? []);
    next.rounds = [firstKnockoutRound(entrants)];
  } else {
    next.settings.rounds ??= defaultDypRounds(entrants);
    next.rounds = [drawDypRound(next, 0)];
  }
  return next;
}
