import type { FinishedMatchWriter, MatchStore } from './ports';

/**
 * A match store that, when a turn finishes a match, asks each writer what else changes
 * (stats, a tournament) and saves it in the same transaction as the table and the history.
 * Callers (voice turns, table goals) stay unaware: they save a match with its result, as before.
 * A writer's reads happen inside the attempt, so a retried turn works from fresh reads.
 */
export function withFinishedMatchWriters(store: MatchStore, writers: FinishedMatchWriter[]): MatchStore {
  if (writers.length === 0) return store;
  return {
    load: (thingName) => store.load(thingName),
    async save(thingName, expectedVersion, write) {
      const { result } = write;
      if (result === undefined) return store.save(thingName, expectedVersion, write);
      const finished = { accountId: write.accountId, thingName, match: write.match, result };
      const extra = await Promise.all(writers.map((writer) => writer(finished)));
      return store.save(thingName, expectedVersion, {
        ...write,
        companions: [...(write.companions ?? []), ...extra.flat()],
      });
    },
  };
}
