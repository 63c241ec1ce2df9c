import { BabyfootError } from '../../../domain/errors';
import { recordResult } from '../../../domain/tournament';
import type { Logger } from '../../../logger';
import type { TournamentStore } from '../../../store/dynamo-tournament-store';
import type { FinishedMatchWriter } from '../../../store/ports';

/**
 * Records a finished tournament match in its tournament, in the same transaction as the
 * match itself (voice goal or table goal alike): the tournament cannot miss a result, nor
 * count one the table did not keep. A match of another (replaced) tournament, or one already
 * settled (a forfeit), records nothing and never stops the match from finishing.
 */
export function tournamentResultWriter(tournaments: TournamentStore, log: Logger): FinishedMatchWriter {
  return async ({ accountId, match, result }) => {
    const link = match.tournament;
    if (!link) return [];
    const stored = await tournaments.load(accountId);
    if (!stored || stored.id !== link.id) {
      log.warn('tournament match finished outside its tournament', {
        matchId: match.id,
        tournamentId: link.id,
      });
      return [];
    }
    let recorded: typeof stored.tournament;
    try {
      recorded = recordResult(stored.tournament, result);
    } catch (error) {
      // The match itself must finish whatever the tournament makes of it.
      const reason = error instanceof BabyfootError ? error.code : String(error);
      log.warn('tournament result not recorded', { matchId: match.id, reason });
      return [];
    }
    if (recorded === stored.tournament) return [];
    return [tournaments.companion(accountId, stored.version, { id: stored.id, tournament: recorded })];
  };
}
