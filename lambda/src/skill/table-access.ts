import { NoTableLinkedError, TableBusyError } from '../domain/errors';
import type { Match } from '../domain/match/types';
import type { LiveTable, TableWrite } from '../store/ports';
import { updateTable } from '../store/update-table';
import type { SkillDeps } from './deps';
import type { Turn } from './turn';

/** The table this Echo drives. */
export async function tableOf(deps: SkillDeps, turn: Turn): Promise<string> {
  const thing = await deps.tables.tableFor(turn.accountId, turn.deviceId);
  if (!thing) throw new NoTableLinkedError();
  return thing;
}

/**
 * The table's match as this account may see it: its own match, or nothing when the table's
 * last match was another account's and is over. Another account's running match makes the
 * table busy: its data is not ours to read or change.
 */
export function ownMatch(live: LiveTable, accountId: string): Match | undefined {
  if (!live.match) return undefined;
  if (live.accountId !== undefined && live.accountId !== accountId) {
    if (isActive(live.match)) throw new TableBusyError();
    return undefined;
  }
  return live.match;
}

export function isActive(match: Match | undefined): match is Match {
  return match?.status === 'in_progress' || match?.status === 'paused';
}

/** Reads the account's match on this Echo's table: one GetItem. */
export async function readMatch(deps: SkillDeps, turn: Turn): Promise<Match | undefined> {
  const live = await deps.matches.load(await tableOf(deps, turn));
  return ownMatch(live, turn.accountId);
}

/**
 * One state-changing turn: read the table, decide with pure domain code, write conditionally,
 * retried on a concurrent write (a table goal at the same moment).
 */
export async function changeMatch<T>(
  deps: SkillDeps,
  turn: Turn,
  decide: (match: Match | undefined) => { write?: Omit<TableWrite, 'accountId'>; outcome: T },
): Promise<T> {
  const thing = await tableOf(deps, turn);
  // The last decision is the one that was written (earlier ones lost a race and were redone).
  let written: Match | undefined;
  const { outcome, version } = await updateTable(deps.matches, thing, (live) => {
    const decision = decide(ownMatch(live, turn.accountId));
    written = decision.write?.match;
    return {
      outcome: decision.outcome,
      write: decision.write && { ...decision.write, accountId: turn.accountId },
    };
  });
  if (written) await deps.shadows?.publish(thing, written, version);
  return outcome;
}
