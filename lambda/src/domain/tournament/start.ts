import { OddPlayerCountError, TooFewEntrantsError, TournamentAlreadyStartedError } from '../errors';
import { firstDoubleEliminationRound } from './double-elimination';
import { InvalidSwissRoundsError } from './format-errors';
import { firstKnockoutRound } from './knockout';
import { DEFAULT_LIVES, drawLastManStandingRound } from './last-man-standing';
import { defaultDypRounds, drawDypRound } from './monster-dyp';
import { seededRandom } from './random';
import { assertNotOver, drawsPartners, playerCount, sameName } from './roster';
import { roundRobinRounds } from './round-robin';
import { defaultSwissRounds, drawSwissRound, maxSwissRounds } from './swiss';
import type { Entrant, Tournament } from './types';

/** Fewest entrants a format can be played with (players in drawn doubles; entrants otherwise). */
function minimumEntrants(t: Tournament): number {
  if (drawsPartners(t.format)) return Math.max(4, t.settings.playoff ?? 0);
  const least = t.format === 'swiss' || t.format === 'double_elimination' ? 3 : 2;
  return Math.max(least, t.settings.playoff ?? 0);
}

export interface StartOptions {
  /**
   * Knockout, double elimination and Swiss seeding: player names, best first (rating order once ratings exist). A team
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
 * Closes entries and draws: the whole round-robin schedule, or the first round of the other
 * formats (knockout, double elimination and Swiss seeded by `ranking`). Every later draw
 * derives from `seed` too.
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
  const perEntrant = next.mode === 'doubles' && !drawsPartners(next.format) ? 2 : 1;
  const minimum = minimumEntrants(next) * perEntrant;
  if (players < minimum) throw new TooFewEntrantsError(minimum, players);
  if (!drawsPartners(next.format) && next.mode === 'doubles') {
    if (players % 2 === 1) throw new OddPlayerCountError(players);
    next.entrants = pairWaitingPlayers(next.entrants);
  }
  next.seed = String(seed);
  next.status = 'running';
  const entrants = next.entrants.length;
  if (next.format === 'knockout' || next.format === 'double_elimination' || next.format === 'swiss') {
    next.entrants = seedOrder(next.entrants, options.ranking ?? []);
  }
  switch (next.format) {
    case 'round_robin':
      next.rounds = roundRobinRounds(entrants, seededRandom(`${next.seed}:schedule`));
      break;
    case 'knockout':
      next.rounds = [firstKnockoutRound(entrants)];
      break;
    case 'monster_dyp':
      next.settings.rounds ??= defaultDypRounds(entrants);
      next.rounds = [drawDypRound(next, 0)];
      break;
    case 'swiss': {
      const rounds = next.settings.rounds ?? defaultSwissRounds(entrants);
      if (rounds > maxSwissRounds(entrants))
        throw new InvalidSwissRoundsError(rounds, maxSwissRounds(entrants));
      next.settings.rounds = rounds;
      next.rounds = [drawSwissRound(next)];
      break;
    }
    case 'double_elimination':
      next.rounds = [firstDoubleEliminationRound(entrants)];
      break;
    case 'last_man_standing': {
      next.settings.lives ??= DEFAULT_LIVES;
      const first = drawLastManStandingRound(next, 0);
      next.rounds = first ? [first] : [];
      break;
    }
  }
  return next;
}
