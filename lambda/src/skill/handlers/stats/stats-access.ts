import { NoMatchInPeriodError, UnknownPlayerError } from '../../../domain/errors';
import { type AccountStats, findPlayer, nearestNames, type PeriodKind } from '../../../domain/stats';
import type { SkillDeps } from '../../deps';
import { leagueOf } from '../../table-access';
import type { Turn } from '../../turn';
import type { StatsQuestion } from './stats-request';

export class StatsUnavailableError extends Error {
  constructor() {
    super('The skill was built without a stats store');
    this.name = 'StatsUnavailableError';
  }
}

/**
 * The question with its period settled: a question that says none asks about the league's
 * running season once the league closed a season ("rankings start afresh"), else all time.
 */
export async function settledQuestion(
  deps: SkillDeps,
  turn: Turn,
  question: StatsQuestion,
): Promise<StatsQuestion> {
  if (!question.periodUnsaid) return question;
  // The all-time document says whether the league closed a season; read once for the turn.
  const allTime = await readStats(deps, turn, 'all');
  return (allTime.closedSeasons ?? 0) === 0 ? question : { ...question, period: 'season' };
}

const reads = new WeakMap<Turn, Map<PeriodKind, Promise<AccountStats>>>();

/** The league's aggregate document for the period asked about (now, on its calendar): one read a turn. */
export function readStats(deps: SkillDeps, turn: Turn, period: PeriodKind): Promise<AccountStats> {
  const { stats } = deps;
  if (stats === undefined) return Promise.reject(new StatsUnavailableError());
  let turnReads = reads.get(turn);
  if (turnReads === undefined) {
    turnReads = new Map();
    reads.set(turn, turnReads);
  }
  let read = turnReads.get(period);
  if (read === undefined) {
    read = leagueOf(deps, turn).then((league) => stats.readPeriod(league, period, deps.now()));
    turnReads.set(period, read);
  }
  return read;
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
