import type { RequestHandler } from 'ask-sdk-core';
import { NoTableLinkedError } from '../../../domain/errors';
import type { StoredTournament } from '../../../store/dynamo-tournament-store';
import type { SkillDeps } from '../../deps';
import { tournamentProgressDisplay } from '../../display/tournament-next-screens';
import { tournamentStandingsDisplay } from '../../display/tournament-standings-screens';
import { answer } from '../../respond';
import { progressSpeech, standingsSpeech } from '../../speech/tournament-standings';
import { leagueOf, readMatch } from '../../table-access';
import { type Turn, turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { rankingAnswer } from '../stats/rankings';
import { readTournament, tournamentsOf } from './tournament-access';

/**
 * Whether a bare "classement" / "standings" is about this tournament rather than the players'
 * ranking. A tournament taking players or being played owns it. Once over (finished or
 * abandoned) it keeps it while it is the last thing played on this Echo's table: its final
 * table right after the final, the abandoned one's standings as promised; as soon as a match
 * outside it is played, the players' ranking is the better answer. One more read, only then.
 */
async function ownsStandings(deps: SkillDeps, turn: Turn, stored: StoredTournament): Promise<boolean> {
  const { status } = stored.tournament;
  if (status === 'registering' || status === 'running') return true;
  try {
    const match = await readMatch(deps, turn);
    return match === undefined || match.tournament?.id === stored.id;
  } catch (error) {
    // No table to look at: the tournament is the only thing we know of.
    if (error instanceof NoTableLinkedError) return true;
    throw error;
  }
}

/**
 * "Classement du tournoi", and the bare "classement" / "standings" this intent also hears: the
 * league table, or where the knockout bracket stands. With no tournament, or one long over,
 * the players' ranking answers instead of "there is no tournament".
 */
export const tournamentStandingsHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'TournamentStandingsIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const stored = await tournamentsOf(deps).load(await leagueOf(deps, turn));
    if (!stored || !(await ownsStandings(deps, turn, stored))) return rankingAnswer(deps, input);
    return answer(
      input,
      standingsSpeech(turn.t, stored.tournament),
      tournamentStandingsDisplay(turn.t, stored.tournament),
    );
  },
});

/** "Où en est le tournoi ?", "which round are we in?". */
export const tournamentProgressHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'TournamentProgressIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { tournament } = await readTournament(deps, turn);
    return answer(input, progressSpeech(turn.t, tournament), tournamentProgressDisplay(turn.t, tournament));
  },
});
