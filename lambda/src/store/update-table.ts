import { type LiveTable, type MatchStore, type TableWrite, VersionConflictError } from './ports';

/** What one turn decides from the table's live state: what to write (if anything) and what to say. */
export interface TableDecision<T> {
  write?: TableWrite;
  outcome: T;
}

export interface UpdateTableResult<T> {
  outcome: T;
  /** The table's version after the turn (unchanged when nothing was written). */
  version: number;
  /** How many read-decide-write rounds it took (1 when nobody else wrote meanwhile). */
  attempts: number;
}

const DEFAULT_MAX_ATTEMPTS = 6;

/**
 * Applies one turn to a table with optimistic locking: read, `decide` (pure; domain errors
 * propagate untouched), conditional write. When another writer got there first (a goal from
 * the table during a voice command), it re-reads and decides again, so both changes land.
 * One read and one write per attempt.
 * @throws VersionConflictError when every one of `maxAttempts` attempts lost the race.
 */
export async function updateTable<T>(
  store: MatchStore,
  thingName: string,
  decide: (live: LiveTable) => TableDecision<T>,
  options: { maxAttempts?: number } = {},
): Promise<UpdateTableResult<T>> {
  const { value, attempts } = await retryLostRaces(async () => {
    const live = await store.load(thingName);
    const { write, outcome } = decide(live);
    if (!write) return { outcome, version: live.version };
    return { outcome, version: await store.save(thingName, live.version, write) };
  }, options);
  return { ...value, attempts };
}

/**
 * Runs one read-decide-write `round`, and again from the start, after a short jittered pause,
 * each time its conditional write loses to another writer (VersionConflictError). Any other
 * error propagates at once. Every versioned item (a table, a tournament) changes through here.
 * @throws VersionConflictError when every one of `maxAttempts` rounds lost the race.
 */
export async function retryLostRaces<T>(
  round: () => Promise<T>,
  options: { maxAttempts?: number } = {},
): Promise<{ value: T; attempts: number }> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await round(), attempts: attempt };
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt >= maxAttempts) throw error;
      await sleep(retryDelayMs(attempt));
    }
  }
}

/**
 * Full jitter, so writers that collided do not collide again in lockstep; kept small
 * because a voice turn must answer within a few seconds.
 */
function retryDelayMs(attempt: number): number {
  const ceiling = Math.min(200, 10 * 2 ** attempt);
  return Math.random() * ceiling;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
