import { BabyfootError, TournamentMovedOnError } from '../../../domain/errors';
import { recordResult, unrecordResult } from '../../../domain/tournament';
import type { Logger } from '../../../logger';
import { logCountedError } from '../../../metrics';
import type { StoredTournament, TournamentStore } from '../../../store/dynamo-tournament-store';
import type { RecordWriter } from '../../../store/ports';

/**
 * Records a finished tournament match in its tournament, or takes a result back out of it,
 * in the same transaction as the match itself (voice goal or table goal alike): the
 * tournament cannot miss a result, nor count one the table did not keep. A match of another
 * (replaced) tournament, or one already settled (a forfeit), records nothing; a tournament
 * that cannot be read is logged and counted as an error: neither ever stops a match from
 * finishing. A result that the tournament has moved on from (the next round started) cannot
 * be taken back: that refusal (`TournamentMovedOnError`) stops the turn, to be said.
 */
export function tournamentRecordWriter(tournaments: TournamentStore, log: Logger): RecordWriter {
  return async ({ leagueId, match, result, retracted }) => {
    const link = match.tournament;
    if (!link) return [];
    let stored: StoredTournament | undefined;
    try {
      stored = await tournaments.load(leagueId);
    } catch (error) {
      logCountedError(log, 'TournamentNotRecorded', 'tournament unreadable: the match finishes without it', {
        matchId: match.id,
        tournamentId: link.id,
        error,
      });
      return [];
    }
    if (!stored || stored.id !== link.id) {
      log.warn('tournament match finished outside its tournament', {
        matchId: match.id,
        tournamentId: link.id,
      });
      return [];
    }
    let recorded = stored.tournament;
    try {
      if (retracted) recorded = unrecordResult(recorded, retracted.id);
      if (result) recorded = recordResult(recorded, result);
    } catch (error) {
      if (error instanceof TournamentMovedOnError) throw error;
      // The match itself must finish whatever the tournament makes of it.
      const reason = error instanceof BabyfootError ? error.code : undefined;
      log.warn('tournament result not recorded', { matchId: match.id, reason, error });
      return [];
    }
    if (recorded === stored.tournament) return [];
    return [tournaments.companion(leagueId, stored.version, { id: stored.id, tournament: recorded })];
  };
}
