import type { MatchResult } from '../domain/match/result';
import type { Match } from '../domain/match/types';

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
}

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
