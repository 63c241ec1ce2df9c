import type { MatchStore, RecordWriter } from './ports';

/**
 * A match store that, when a turn finishes a match or takes a result back, asks each writer
 * what else changes (stats, a tournament) and saves it in the same transaction as the table
 * and the history. Callers (voice turns, table goals) stay unaware: they save a match with
 * its result (or the result taken back), as before. A writer's reads happen inside the
 * attempt, so a retried turn works from fresh reads.
 */
export function withRecordWriters(store: MatchStore, writers: RecordWriter[]): MatchStore {
  if (writers.length === 0) return store;
  return {
    load: (thingName) => store.load(thingName),
    async save(thingName, expectedVersion, write) {
      const { result, retracted } = write;
      if (result === undefined && retracted === undefined)
        return store.save(thingName, expectedVersion, write);
      const change = {
        leagueId: write.leagueId,
        thingName,
        match: write.match,
        ...(result === undefined ? {} : { result }),
        ...(retracted === undefined ? {} : { retracted }),
      };
      const extra = await Promise.all(writers.map((writer) => writer(change)));
      return store.save(thingName, expectedVersion, {
        ...write,
        companions: [...(write.companions ?? []), ...extra.flat()],
      });
    },
  };
}
