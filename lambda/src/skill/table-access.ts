import { NoTableLinkedError } from '../domain/errors';
import { tableLeague } from '../domain/league/table-league';
import type { Match } from '../domain/match/types';
import type { LiveTable, TableWrite } from '../store/ports';
import { updateTable } from '../store/update-table';
import type { SkillDeps } from './deps';
import type { Turn } from './turn';

const tables = new WeakMap<Turn, Promise<string | undefined>>();
const leagues = new WeakMap<Turn, Promise<string>>();

/** The table this Echo drives, or undefined (read once per turn). */
export function maybeTableOf(deps: SkillDeps, turn: Turn): Promise<string | undefined> {
  let table = tables.get(turn);
  if (table === undefined) {
    table = deps.tables.tableFor(turn.accountId, turn.deviceId);
    tables.set(turn, table);
  }
  return table;
}

/** The table this Echo drives. */
export async function tableOf(deps: SkillDeps, turn: Turn): Promise<string> {
  const thing = await maybeTableOf(deps, turn);
  if (!thing) throw new NoTableLinkedError();
  return thing;
}

/**
 * The league this turn reads and records in (read once per turn): the league of the table the
 * Echo drives, so every account at a table shares one league. An Echo that drives no table (a
 * phone never linked) asks about its account's league; an account that never had one, about
 * its own records.
 */
export function leagueOf(deps: SkillDeps, turn: Turn): Promise<string> {
  let league = leagues.get(turn);
  if (league === undefined) {
    league = (async () => {
      const thing = await maybeTableOf(deps, turn);
      if (thing !== undefined) return tableLeague(await deps.matches.load(thing));
      return (await deps.leagues?.homeLeague(turn.accountId)) ?? turn.accountId;
    })();
    leagues.set(turn, league);
  }
  return league;
}

/** Remembers the league of a table this turn just read, so that asking again costs no read. */
function noteLeague(turn: Turn, live: LiveTable): void {
  leagues.set(turn, Promise.resolve(tableLeague(live)));
}

export function isActive(match: Match | undefined): match is Match {
  return match?.status === 'in_progress' || match?.status === 'paused';
}

/** The table's live state, read for this turn: one GetItem. */
export async function readTable(deps: SkillDeps, turn: Turn): Promise<LiveTable> {
  const live = await deps.matches.load(await tableOf(deps, turn));
  noteLeague(turn, live);
  return live;
}

/** Reads the match on this Echo's table: one GetItem. */
export async function readMatch(deps: SkillDeps, turn: Turn): Promise<Match | undefined> {
  return (await readTable(deps, turn)).match;
}

/**
 * One state-changing turn: read the table, decide with pure domain code, write conditionally,
 * retried on a concurrent write (a table goal at the same moment). The match counts in the
 * table's league, whichever of its accounts speaks.
 */
export async function changeMatch<T>(
  deps: SkillDeps,
  turn: Turn,
  decide: (match: Match | undefined) => { write?: Omit<TableWrite, 'leagueId'>; outcome: T },
): Promise<T> {
  const thing = await tableOf(deps, turn);
  // The last decision is the one that was written (earlier ones lost a race and were redone).
  let written: Match | undefined;
  const { outcome, version } = await updateTable(deps.matches, thing, (live) => {
    noteLeague(turn, live);
    const decision = decide(live.match);
    written = decision.write?.match;
    return {
      outcome: decision.outcome,
      write: decision.write && { ...decision.write, leagueId: tableLeague(live) },
    };
  });
  if (written) await deps.shadows?.publish(thing, written, version);
  return outcome;
}
