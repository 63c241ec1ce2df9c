import type { MatchResult } from '../domain/match/result';
import { type HeadToHead, headToHead } from '../domain/stats/head-to-head';
import { type PlayerStats, playerStats } from '../domain/stats/player-stats';
import { rebuildStats } from '../domain/stats/rebuild';
import { findPlayer } from '../domain/stats/roster';

/** How many of a player's latest matches the form shows. */
export const FORM_LENGTH = 10;

/** What a player's page shows, counted from the league's latest matches. */
export interface PlayerRecord {
  stats: PlayerStats;
  /** The last matches' outcomes, oldest first. */
  form: Array<'win' | 'loss'>;
  /** The outcome of the latest matches in a row, and how many. */
  streak: { outcome: 'win' | 'loss'; count: number } | undefined;
  /** Against each opponent met, most matches first. */
  opponents: HeadToHead[];
}

const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/**
 * A player's record over the matches given (a name matches whatever its case and accents):
 * totals, form, streaks, best partner, nemesis, fannys, and head to head against everyone
 * they played against. Undefined for a name with no match among them.
 */
export function playerRecord(history: readonly MatchResult[], name: string): PlayerRecord | undefined {
  const stats = rebuildStats(history).all;
  const player = findPlayer(stats, name);
  if (player === undefined) return undefined;
  const key = fold(player.name);
  const outcomes = [...history]
    .sort((a, b) => a.finishedAt - b.finishedAt)
    .flatMap((result): Array<'win' | 'loss'> => {
      const side = (['red', 'blue'] as const).find((team) => result.teams[team].some((n) => fold(n) === key));
      if (side === undefined) return [];
      return [side === result.winner ? 'win' : 'loss'];
    });
  const last = outcomes.at(-1);
  let count = 0;
  for (let i = outcomes.length - 1; i >= 0 && outcomes[i] === last; i -= 1) count += 1;
  const opponents = stats.players
    .filter((other) => fold(other.name) !== key)
    .map((other) => headToHead(stats, player.name, other.name))
    .filter((record) => record.played > 0)
    .sort((a, b) => b.played - a.played || a.second.name.localeCompare(b.second.name));
  return {
    stats: playerStats(stats, player.name),
    form: outcomes.slice(-FORM_LENGTH),
    streak: last === undefined ? undefined : { outcome: last, count },
    opponents,
  };
}
