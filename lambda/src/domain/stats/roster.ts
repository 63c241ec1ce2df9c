import { UnknownPlayerError } from '../errors';
import { nearestNames, playerKey } from './names';
import type { AccountStats, ModeTotals, PlayerTotals } from './types';

/** Key of a pair of players in `partners` and `rivalries`: lower index first. */
export function pairKey(first: number, second: number): string {
  return first < second ? `${first}-${second}` : `${second}-${first}`;
}

/** Index of a player in the document's roster, by spoken form; -1 when absent. */
export function indexOfPlayer(stats: AccountStats, name: string): number {
  const key = playerKey(name);
  return stats.players.findIndex((player) => player.key === key);
}

/**
 * The player's totals in this document, found however the name is said, or undefined when
 * the player has no match in it.
 */
export function findPlayer(stats: AccountStats, name: string): PlayerTotals | undefined {
  return stats.players[indexOfPlayer(stats, name)];
}

/**
 * Index of a player who must be in the document.
 * @throws UnknownPlayerError with the nearest known names.
 */
export function requirePlayerIndex(stats: AccountStats, name: string): number {
  const index = indexOfPlayer(stats, name);
  if (index < 0) {
    const known = stats.players.map((player) => player.name);
    throw new UnknownPlayerError(name, nearestNames(known, name));
  }
  return index;
}

/** A player's totals over the modes asked for. */
export function totalsIn(player: PlayerTotals, mode: 'singles' | 'doubles' | 'all'): ModeTotals {
  if (mode !== 'all') return player[mode];
  const { singles, doubles } = player;
  return {
    played: singles.played + doubles.played,
    won: singles.won + doubles.won,
    goalsFor: singles.goalsFor + doubles.goalsFor,
    goalsAgainst: singles.goalsAgainst + doubles.goalsAgainst,
    fannysGiven: singles.fannysGiven + doubles.fannysGiven,
    fannysTaken: singles.fannysTaken + doubles.fannysTaken,
  };
}

/** Share of matches won, 0 when none was played. */
export function winRate(won: number, played: number): number {
  return played === 0 ? 0 : won / played;
}
