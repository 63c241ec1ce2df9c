import type { MatchResult } from '../domain/match/result';
import type { Match } from '../domain/match/types';
import type { ItemKey } from './table-layout';

/** A table's live state as stored: the current (or last) match, and the league it counts in. */
export interface LiveTable {
  thingName: string;
  /**
   * The league the table plays in (see `tableLeague`): absent on a table never written. An item
   * written before leagues existed holds the account that started its match: that account's
   * records became its league in place (same partition), so it reads as that league.
   */
  leagueId?: string;
  match?: Match;
  /** Optimistic-locking version; 0 when nothing was ever stored for this table. */
  version: number;
  /** Epoch ms of the last write (a goal, a command); undefined when unknown. */
  updatedAt?: number;
}

/** What one turn writes, in one conditional write (a transaction when several items change). */
export interface TableWrite {
  /** The league the table plays in: the match's history, stats and tournament are its. */
  leagueId: string;
  match: Match;
  /** Set when the match just finished: appended to the league's history in the same transaction. */
  result?: MatchResult;
  /**
   * Set when a finished match's result is taken back (its finishing goal undone, or a late
   * goal that gave it to the other side, then with the new `result` too): its history item is
   * deleted, and what it counted (stats, a tournament) taken back, in the same transaction.
   */
  retracted?: MatchResult;
  /** Names to add to the league's known players (for dynamic entities). */
  players?: string[];
  /**
   * Other items that change with this turn (stats, a tournament), written in the same
   * transaction: the turn lands whole or not at all.
   */
  companions?: CompanionWrite[];
}

/** An item written in the same transaction as the table. */
export type CompanionWrite = CompanionPut | RebuildMark;

/**
 * An item put in the same transaction as the table, checked against the version read:
 * when another writer changed it meanwhile, the whole turn is redone (VersionConflictError).
 */
export interface CompanionPut {
  key: ItemKey;
  /** The item's attributes besides its key and `version`. */
  attributes: Record<string, unknown>;
  /** The `version` read; 0 when the item did not exist. Stored as `expectedVersion + 1`. */
  expectedVersion: number;
}

/**
 * An aggregate that could not be read or written (unreadable, too large): flagged, without a
 * version check, so that it is recounted from the history before it is read again. Its
 * version goes up, so a recount running meanwhile starts over and counts this turn too.
 */
export interface RebuildMark {
  key: ItemKey;
  markForRebuild: true;
}

/** What a turn changes in the record, about to be written with its table. */
export interface RecordChange {
  leagueId: string;
  thingName: string;
  match: Match;
  /** The result of a match that just finished. */
  result?: MatchResult;
  /** The result taken back (see `TableWrite.retracted`). */
  retracted?: MatchResult;
}

/**
 * Reads what a change of the record changes besides the table and the history (stats, a
 * tournament) and returns those writes. Called again on every retry of the turn, so it
 * always works from fresh reads. It never fails for want of its own item: what it cannot
 * read or write, it marks for rebuild or leaves out, so a match always finishes.
 */
export type RecordWriter = (change: RecordChange) => Promise<CompanionWrite[]>;

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

/** The league's finished matches. */
export interface HistoryStore {
  /** Most recent first. */
  recent(leagueId: string, limit: number): Promise<MatchResult[]>;
}

/** Names the league has played with, offered to Alexa as dynamic entities. */
export interface PlayerDirectory {
  knownPlayers(leagueId: string): Promise<string[]>;
  /** The league's merged and renamed names (spoken form → name kept), for new matches. */
  aliases(leagueId: string): Promise<Record<string, string>>;
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
