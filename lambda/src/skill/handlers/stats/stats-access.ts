import { NoMatchInPeriodError, UnknownPlayerError } from '../../../domain/errors';
import { type AccountStats, findPlayer, nearestNames, type PeriodKind } from '../../../domain/stats';
import type { SkillDeps } from '../../deps';
import type { Turn } from '../../turn';

export class StatsUnavailableError extends Error {
  constructor() {
    super('The skill was built without a stats store');
    this.name = 'StatsUnavailableError';
  }
}

/** The account's aggregate document for the period asked about (now, on its calendar): one read. */
export async function readStats(deps: SkillDeps, turn: Turn, period: PeriodKind): Promise<AccountStats> {
  if (deps.stats === undefined) throw new StatsUnavailableError();
  return deps.stats.readPeriod(turn.accountId, period, deps.now());
}

/**
 * The period's document, when every named player played in it. Otherwise a second read, of the
 * all-time document, tells a player who did not play this week or month from a name nobody
 * ever played under (offered the nearest known names).
 * @throws NoMatchInPeriodError for a known player absent from the period.
 * @throws UnknownPlayerError for a name with no match at all.
 */
export async function readStatsAbout(
  deps: SkillDeps,
  turn: Turn,
  period: PeriodKind,
  names: readonly string[],
): Promise<AccountStats> {
  const stats = await readStats(deps, turn, period);
  const missing = names.find((name) => findPlayer(stats, name) === undefined);
  if (missing === undefined) return stats;
  const allTime = period === 'all' ? stats : await readStats(deps, turn, 'all');
  const known = findPlayer(allTime, missing);
  if (known !== undefined && period !== 'all') throw new NoMatchInPeriodError(known.name, period);
  const players = allTime.players.map((player) => player.name);
  throw new UnknownPlayerError(missing, nearestNames(players, missing));
}
