import { NoTableLinkedError, TableBusyError } from '../domain/errors';
import type { Match } from '../domain/match/types';
import type { LiveTable, TableWrite } from '../store/ports';
import { updateTable } from '../store/update-table';
import type { SkillDeps } from './deps';
import type { Turn } from './turn';

/** Without a goal or a command for this long, another account's match no longer holds the table. */
export const DEFAULT_STALE_MATCH_MS = 30 * 60_000;

/** The table this Echo drives. */
export async function tableOf(deps: SkillDeps, turn: Turn): Promise<string> {
  const thing = await deps.tables.tableFor(turn.accountId, turn.deviceId);
  if (!thing) throw new NoTableLinkedError();
  return thing;
}

/** How a turn may treat another account's running match on its table. */
export interface MatchAccess {
  /**
   * The turn may act on it (an abandon, after confirmation): the table's people can always
   * free their table. The match stays its owner's.
   */
  takeOver?: boolean;
}

/** A running match nobody touched (goal, command) for the stale delay: it holds the table no more. */
function isStale(live: LiveTable, deps: Pick<SkillDeps, 'now' | 'staleMatchMs'>): boolean {
  if (live.updatedAt === undefined) return false;
  return deps.now() - live.updatedAt >= (deps.staleMatchMs ?? DEFAULT_STALE_MATCH_MS);
}

function isForeign(live: LiveTable, accountId: string): boolean {
  return live.accountId !== undefined && live.accountId !== accountId;
}

/**
 * The table's match as this account may see it: its own match, or nothing when the table's
 * last match was another account's and is over, or stale (then a new match replaces it, the
 * old one abandoned, never counted). Another account's running match makes the table busy:
 * its data is not ours to read or change, unless `access.takeOver`.
 */
export function ownMatch(
  live: LiveTable,
  accountId: string,
  deps: Pick<SkillDeps, 'now' | 'staleMatchMs'>,
  access: MatchAccess = {},
): Match | undefined {
  if (!live.match) return undefined;
  if (isForeign(live, accountId) && !access.takeOver) {
    if (isActive(live.match) && !isStale(live, deps)) throw new TableBusyError();
    return undefined;
  }
  return live.match;
}

export function isActive(match: Match | undefined): match is Match {
  return match?.status === 'in_progress' || match?.status === 'paused';
}

/** Reads the account's match on this Echo's table: one GetItem. */
export async function readMatch(
  deps: SkillDeps,
  turn: Turn,
  access: MatchAccess = {},
): Promise<Match | undefined> {
  const live = await deps.matches.load(await tableOf(deps, turn));
  return ownMatch(live, turn.accountId, deps, access);
}

/**
 * One state-changing turn: read the table, decide with pure domain code, write conditionally,
 * retried on a concurrent write (a table goal at the same moment). A match taken over keeps
 * its owner; a stale match of another account is replaced by this account's.
 */
export async function changeMatch<T>(
  deps: SkillDeps,
  turn: Turn,
  decide: (match: Match | undefined) => { write?: Omit<TableWrite, 'accountId'>; outcome: T },
  access: MatchAccess = {},
): Promise<T> {
  const thing = await tableOf(deps, turn);
  // The last decision is the one that was written (earlier ones lost a race and were redone).
  let written: Match | undefined;
  let replaced: Match | undefined;
  const { outcome, version } = await updateTable(deps.matches, thing, (live) => {
    const match = ownMatch(live, turn.accountId, deps, access);
    const decision = decide(match);
    written = decision.write?.match;
    const foreign = isForeign(live, turn.accountId);
    replaced = foreign && match === undefined && isActive(live.match) ? live.match : undefined;
    const owner =
      foreign && match !== undefined && live.accountId !== undefined ? live.accountId : turn.accountId;
    return { outcome: decision.outcome, write: decision.write && { ...decision.write, accountId: owner } };
  });
  if (written && replaced)
    deps.log.info('stale match of another account replaced', { thingName: thing, matchId: replaced.id });
  if (written) await deps.shadows?.publish(thing, written, version);
  return outcome;
}
