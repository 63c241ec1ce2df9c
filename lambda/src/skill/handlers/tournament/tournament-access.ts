import { NoTournamentError } from '../../../domain/errors';
import type { Match } from '../../../domain/match/types';
import type {
  StoredTournament,
  TournamentEntry,
  TournamentStore,
} from '../../../store/dynamo-tournament-store';
import type { MatchStore, TableWrite } from '../../../store/ports';
import { retryLostRaces } from '../../../store/update-table';
import type { SkillDeps } from '../../deps';
import { changeMatch, leagueOf } from '../../table-access';
import type { Turn } from '../../turn';

const MAX_ATTEMPTS = 5;

/** The tournament store; a skill built without one cannot run tournaments. */
export function tournamentsOf(deps: SkillDeps): TournamentStore {
  if (!deps.tournaments) throw new Error('This skill was built without a tournament store');
  return deps.tournaments;
}

/** The league's tournament (current or last). */
export async function readTournament(deps: SkillDeps, turn: Turn): Promise<StoredTournament> {
  const stored = await tournamentsOf(deps).load(await leagueOf(deps, turn));
  if (!stored) throw new NoTournamentError();
  return stored;
}

/**
 * A turn that changes only the tournament: read, decide (pure), conditional write; redone
 * from a fresh read when a finishing match changed the tournament meanwhile.
 */
export async function changeTournament<T>(
  deps: SkillDeps,
  turn: Turn,
  decide: (current: StoredTournament | undefined) => { write?: TournamentEntry; outcome: T },
): Promise<T> {
  const store = tournamentsOf(deps);
  const league = await leagueOf(deps, turn);
  const { value } = await retryLostRaces(
    async () => {
      const current = await store.load(league);
      const { write, outcome } = decide(current);
      if (write) await store.save(league, current?.version ?? 0, write);
      return outcome;
    },
    { maxAttempts: MAX_ATTEMPTS },
  );
  return value;
}

/** What a turn on the table and the tournament together decides. */
export interface TableAndTournamentDecision<T> {
  write?: Omit<TableWrite, 'leagueId' | 'companions'> & { tournament: TournamentEntry };
  outcome: T;
}

/**
 * A turn that changes the table's match and the tournament in one transaction (the tournament
 * rides along as a companion of the table write). Goes through `changeMatch`, whose every
 * attempt reads the table and, here, the tournament too: a retry decides from fresh reads of both.
 */
export async function changeMatchAndTournament<T>(
  deps: SkillDeps,
  turn: Turn,
  decide: (
    match: Match | undefined,
    tournament: StoredTournament | undefined,
  ) => TableAndTournamentDecision<T>,
): Promise<T> {
  const tournaments = tournamentsOf(deps);
  const league = await leagueOf(deps, turn);
  let latest: StoredTournament | undefined;
  const matches: MatchStore = {
    async load(thingName) {
      const [live, stored] = await Promise.all([deps.matches.load(thingName), tournaments.load(league)]);
      latest = stored;
      return live;
    },
    save: (thingName, expectedVersion, write) => deps.matches.save(thingName, expectedVersion, write),
  };
  return changeMatch({ ...deps, matches }, turn, (match) => {
    const stored = latest;
    const { write, outcome } = decide(match, stored);
    if (!write) return { outcome };
    const { tournament, ...tableWrite } = write;
    const companion = tournaments.companion(league, stored?.version ?? 0, tournament);
    return { outcome, write: { ...tableWrite, companions: [companion] } };
  });
}
