import type { MatchResult } from '../domain/match/result';
import type { Match } from '../domain/match/types';
import type { ItemKey } from './table-layout';

/** A table's live state as stored: the current (or last) match, and who owns it. */
export interface LiveTable {
  thingName: string;
  /** Alexa account (userId) that started the current match. */
  accountId?: string;
  match?: Match;
  /** Optimistic-locking version; 0 when nothing was ever stored for this table. */
  version: number;
}

/** What one turn writes, in one conditional write (a transaction when several items change). */
export interface TableWrite {
  accountId: string;
  match: Match;
  /** Set when the match just finished: appended to the account's history in the same transaction. */
  result?: MatchResult;
  /** Names to add to the account's known players (for dynamic entities). */
  players?: string[];
  /**
   * Other items that change with this turn (stats, a tournament), written in the same
   * transaction: the turn lands whole or not at all.
   */
  companions?: CompanionWrite[];
}

/**
 * An item written in the same transaction as the table, checked against the version read:
 * when another writer changed it meanwhile, the whole turn is redone (VersionConflictError).
 */
export interface CompanionWrite {
  key: ItemKey;
  /** The item's attributes besides its key and `version`. */
  attributes: Record<string, unknown>;
  /** The `version` read; 0 when the item did not exist. Stored as `expectedVersion + 1`. */
  expectedVersion: number;
}

/** A match that just finished, about to be written with its table. */
export interface FinishedMatch {
  accountId: string;
  thingName: string;
  match: Match;
  result: MatchResult;
}

/**
 * Reads what a finished match changes besides the table and the history (stats, a
 * tournament) and returns those writes. Called again on every retry of the turn, so it
 * always works from fresh reads.
 */
export type FinishedMatchWriter = (finished: FinishedMatch) => Promise<CompanionWrite[]>;

/** Live match of each table, with optimistic locking. */
export interface MatchStore {
  /** Reads a table's live state: one strongly consistent GetItem. */
  load(thingName: string): Promise<LiveTable>;
  /**
   * Writes the table's new state if nobody wrote since `expectedVersion`.
   * @returns the new version.
   * @throws VersionConflictError when another writer got there first.
   */
  save(thingName: string, expectedVersion: number, write: TableWrite): Promise<number>;
}

/** The account's finished matches. */
export interface HistoryStore {
  /** Most recent first. */
  recent(accountId: string, limit: number): Promise<MatchResult[]>;
}

/** Names the account has played with, offered to Alexa as dynamic entities. */
export interface PlayerDirectory {
  knownPlayers(accountId: string): Promise<string[]>;
}

export class VersionConflictError extends Error {
  constructor(
    readonly thingName: string,
    readonly expectedVersion: number,
    options?: { cause?: unknown },
  ) {
    super(`Table ${thingName} changed since version ${expectedVersion}`, options);
    this.name = 'VersionConflictError';
  }
}
