import type { Match } from '../../../domain/match/types';
import type { SkillDeps } from '../../deps';
import { whatComesNext } from '../../speech/tournament-next';
import { leagueOf } from '../../table-access';
import type { Turn } from '../../turn';

/**
 * After a voice goal finished a tournament match: what comes next (the next match, or the
 * winner and the podium). Undefined for any other match. One more read, only on that turn.
 */
export async function tournamentNewsAfter(
  deps: SkillDeps,
  turn: Turn,
  match: Match,
): Promise<string | undefined> {
  if (!match.tournament || match.status !== 'finished' || !deps.tournaments) return undefined;
  const stored = await deps.tournaments.load(await leagueOf(deps, turn));
  if (!stored || stored.id !== match.tournament.id) return undefined;
  return whatComesNext(turn.t, stored.tournament) || undefined;
}

/** Help in a tournament context: what to say while one takes players or is being played. */
export async function tournamentHelpKey(deps: SkillDeps, turn: Turn): Promise<string | undefined> {
  const status = (await deps.tournaments?.load(await leagueOf(deps, turn)))?.tournament.status;
  if (status === 'registering') return 'tournament.help.registering';
  if (status === 'running') return 'tournament.help.running';
  return undefined;
}
