import type { MatchMode } from '../match/types';
import { PROVISIONAL_BELOW_MATCHES } from './rankings';
import { requirePlayerIndex, totalsIn, winRate } from './roster';
import type { AccountStats, ModeTotals } from './types';

/** Fewer matches than this together (or against) and a partner (or nemesis) is not named. */
export const MIN_MATCHES_FOR_PARTNER_OR_NEMESIS = 3;

export interface Companion {
  name: string;
  /** Matches together (partner) or against each other (nemesis). */
  played: number;
  /** Won by the player asked about. */
  won: number;
  lost: number;
  /** The asked player's win rate in these matches, 0 to 1. */
  winRate: number;
}

export interface PlayerStats extends ModeTotals {
  name: string;
  lost: number;
  winRate: number;
  goalDifference: number;
  goalsCredited: number;
  /** The player's fastest goal the table timed, km/h; absent when none was. */
  fastestShotKmh?: number;
  currentStreak: number;
  longestStreak: number;
  provisional: boolean;
  /** Best win rate together over at least 3 doubles, with at least one win. */
  bestPartner?: Companion;
  /** The opponent the player does worst against, over at least 3 matches, with at least one loss. */
  nemesis?: Companion;
  byMode: Record<MatchMode, ModeTotals>;
}

function companion(name: string, played: number, won: number): Companion {
  return { name, played, won, lost: played - won, winRate: winRate(won, played) };
}

/** Pairs (`"i-j"`) that include a player, with the other player's index. */
function pairsOf(pairs: Record<string, unknown>, index: number): { other: number; key: string }[] {
  return Object.keys(pairs).flatMap((key) => {
    const [first, second] = key.split('-').map(Number);
    if (first === index && second !== undefined) return [{ other: second, key }];
    if (second === index && first !== undefined) return [{ other: first, key }];
    return [];
  });
}

function bestPartnerOf(stats: AccountStats, index: number): Companion | undefined {
  const candidates = pairsOf(stats.partners, index).flatMap(({ other, key }) => {
    const together = stats.partners[key];
    const partner = stats.players[other];
    if (together === undefined || partner === undefined) return [];
    return [companion(partner.name, together.played, together.won)];
  });
  return candidates
    .filter((c) => c.played >= MIN_MATCHES_FOR_PARTNER_OR_NEMESIS && c.won > 0)
    .sort((a, b) => b.winRate - a.winRate || b.won - a.won || a.name.localeCompare(b.name))[0];
}

function nemesisOf(stats: AccountStats, index: number): Companion | undefined {
  const candidates = pairsOf(stats.rivalries, index).flatMap(({ other, key }) => {
    const rivalry = stats.rivalries[key];
    const opponent = stats.players[other];
    if (rivalry === undefined || opponent === undefined) return [];
    const won = index < other ? rivalry.firstWins : rivalry.secondWins;
    return [companion(opponent.name, rivalry.firstWins + rivalry.secondWins, won)];
  });
  return candidates
    .filter((c) => c.played >= MIN_MATCHES_FOR_PARTNER_OR_NEMESIS && c.lost > 0)
    .sort((a, b) => a.winRate - b.winRate || b.lost - a.lost || a.name.localeCompare(b.name))[0];
}

/**
 * Everything about one player in this document's period.
 * @throws UnknownPlayerError (with the nearest names) when the player has no match in it.
 */
export function playerStats(stats: AccountStats, name: string): PlayerStats {
  const index = requirePlayerIndex(stats, name);
  const player = stats.players[index];
  if (player === undefined) throw new Error(`No player at index ${index}`);
  const totals = totalsIn(player, 'all');
  const bestPartner = bestPartnerOf(stats, index);
  const nemesis = nemesisOf(stats, index);
  return {
    name: player.name,
    ...totals,
    lost: totals.played - totals.won,
    winRate: winRate(totals.won, totals.played),
    goalDifference: totals.goalsFor - totals.goalsAgainst,
    goalsCredited: player.goalsCredited,
    ...(player.fastestShotKmh === undefined ? {} : { fastestShotKmh: player.fastestShotKmh }),
    currentStreak: player.currentStreak,
    longestStreak: player.longestStreak,
    provisional: totals.played < PROVISIONAL_BELOW_MATCHES,
    ...(bestPartner === undefined ? {} : { bestPartner }),
    ...(nemesis === undefined ? {} : { nemesis }),
    byMode: { singles: { ...player.singles }, doubles: { ...player.doubles } },
  };
}
