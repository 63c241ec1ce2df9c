import { DuplicatePlayerError, PlayedTogetherError } from '../errors';
import type { MatchResult } from '../match/result';
import { playerKey } from '../stats/names';
import { indexOfPlayer, pairKey, requirePlayerIndex } from '../stats/roster';
import type { AccountStats } from '../stats/types';

/** What "Alicia is Alice" (a merge) or "rename Bob to Robert" (a rename) does to the records. */
export interface NameChange {
  /** The name that goes away, as the league first wrote it. */
  from: string;
  /** The name kept: the known player's spelling, or the new name as said. */
  to: string;
  /** `to` was already a player: two players' records become one. */
  merge: boolean;
}

/**
 * Checks a merge or a rename against the league's all-time document.
 * @throws UnknownPlayerError when `from` never played (with the nearest names).
 * @throws DuplicatePlayerError when both names are the same name.
 * @throws PlayedTogetherError when the two played in one match (on either side): two people.
 */
export function planNameChange(allTime: AccountStats, from: string, to: string): NameChange {
  const fromIndex = requirePlayerIndex(allTime, from);
  const fromName = allTime.players[fromIndex]?.name ?? from;
  if (playerKey(from) === playerKey(to)) throw new DuplicatePlayerError(fromName);
  const toIndex = indexOfPlayer(allTime, to);
  if (toIndex < 0) return { from: fromName, to: to.trim(), merge: false };
  const toName = allTime.players[toIndex]?.name ?? to;
  const pair = pairKey(fromIndex, toIndex);
  if (allTime.partners[pair] !== undefined || allTime.rivalries[pair] !== undefined)
    throw new PlayedTogetherError(fromName, toName);
  return { from: fromName, to: toName, merge: true };
}

/** The result with the name changed (teams and credited goals); the same object when it is not in it. */
export function renameInResult(result: MatchResult, change: NameChange): MatchResult {
  const key = playerKey(change.from);
  const mentions = (name: string) => playerKey(name) === key;
  const inTeams = [...result.teams.red, ...result.teams.blue].some(mentions);
  const inScorers = Object.keys(result.scorers).some(mentions);
  if (!inTeams && !inScorers) return result;
  const rename = (name: string) => (mentions(name) ? change.to : name);
  const scorers = new Map<string, number>();
  for (const [name, goals] of Object.entries(result.scorers))
    scorers.set(rename(name), (scorers.get(rename(name)) ?? 0) + goals);
  return {
    ...result,
    teams: { red: result.teams.red.map(rename), blue: result.teams.blue.map(rename) },
    scorers: Object.fromEntries(scorers),
  };
}

/** The league's name changes: a player's spoken form (`playerKey`) → the name kept. */
export type NameAliases = Readonly<Record<string, string>>;

/** The name a match records for a name said: the kept name when the league merged or renamed it. */
export function canonicalName(aliases: NameAliases, name: string): string {
  return Object.hasOwn(aliases, playerKey(name)) ? (aliases[playerKey(name)] ?? name) : name;
}

/** The aliases once `change` is made: its name, and every name that already led to it, lead to the kept one. */
export function withNameChange(aliases: NameAliases, change: NameChange): Record<string, string> {
  const from = playerKey(change.from);
  const next: Record<string, string> = {};
  for (const [key, name] of Object.entries(aliases)) next[key] = playerKey(name) === from ? change.to : name;
  next[from] = change.to;
  // A name kept is never an alias of another.
  delete next[playerKey(change.to)];
  return next;
}
