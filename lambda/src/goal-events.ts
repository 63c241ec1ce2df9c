import { z } from 'zod';
import { deviceEventFields, parseDeviceEvent } from './device-event';
import { TournamentMovedOnError } from './domain/errors';
import { tableLeague } from './domain/league/table-league';
import { scoreTableGoal } from './domain/match/goals';
import { matchResult } from './domain/match/match-result';
import { logCounted, logCountedWarning } from './metrics';
import type { SkillDeps } from './skill/deps';
import type { LiveTable, TableWrite } from './store/ports';
import { type TableDecision, updateTable } from './store/update-table';

/** The fastest a ball is taken to go: a table that measures more is wrong (docs/device-protocol). */
export const MAX_SPEED_KMH = 200;

/** What the topic rule hands over: the device's goal event plus `topic(2) AS thingName`. */
const goalEventSchema = z.object({
  ...deviceEventFields,
  matchId: z.string().min(1),
  team: z.enum(['red', 'blue']),
  /** The table's own count of its goal events, kept across restarts (optional: older firmware). */
  seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
  /** The ball's speed, km/h (optional: a second beam). One out of range is dropped; the goal still counts. */
  speedKmh: z.number().positive().max(MAX_SPEED_KMH).optional().catch(undefined),
});

export type GoalEvent = z.infer<typeof goalEventSchema>;

export interface GoalEventOutcome {
  status: 'counted' | 'duplicate' | 'ignored';
  /** Why a goal was ignored. */
  reason?: string;
}

/** The goal Lambda entry: one goal event from the table's sensors. */
export type GoalEventHandler = (event: unknown) => Promise<GoalEventOutcome>;

/** A table clock further than this from the backend's is wrong (no battery, no NTP yet). */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * Builds the handler the IoT rule invokes for `babyfoot/{thing}/events/goal`. Each eventId
 * counts once (retries and redeliveries are duplicates). Goals count in the order the table
 * saw them (`at`, then `seq`): one delivered late takes its place and the match is replayed,
 * its result in the history, stats and tournament following it. An `at` more than a day from
 * the backend's clock is replaced by the arrival time; a finish is always stamped by the
 * backend's clock. Goals for another match or for a match not in progress are ignored and
 * logged; a duplicate or ignored event publishes the table's state again, so a table that
 * missed an update catches up. A malformed event is logged and dropped: retrying it cannot
 * help. A store failure rejects, so Lambda retries the event.
 */
export function createGoalEventHandler(
  deps: Pick<SkillDeps, 'matches' | 'log' | 'shadows' | 'now'>,
): GoalEventHandler {
  return async (event) => {
    const problem = 'malformed goal event';
    const parsed = parseDeviceEvent(goalEventSchema, event, problem, deps.log);
    if (!parsed) return { status: 'ignored', reason: problem };
    const goal = onTheBackendClock(parsed, deps);
    const fields = {
      thingName: goal.thingName,
      matchId: goal.matchId,
      eventId: goal.eventId,
      team: goal.team,
    };
    let shown: LiveTable | undefined;
    let written: TableWrite | undefined;
    const decide = (reorder: boolean) => (live: LiveTable) => {
      const decision = decideGoal(live, goal, deps.now(), reorder);
      shown = live;
      written = decision.write;
      return decision;
    };
    let turn: Awaited<ReturnType<typeof updateTable<GoalEventOutcome>>>;
    try {
      turn = await updateTable(deps.matches, goal.thingName, decide(true));
    } catch (error) {
      // The late goal would change a result the tournament has moved on from: it keeps its place.
      if (!(error instanceof TournamentMovedOnError)) throw error;
      deps.log.warn('late goal not replayed: the tournament moved on', fields);
      turn = await updateTable(deps.matches, goal.thingName, decide(false));
    }
    const { outcome, version } = turn;
    if (outcome.status === 'ignored')
      logCountedWarning(deps.log, 'GoalsIgnored', 'goal ignored', { ...fields, reason: outcome.reason });
    else if (outcome.status === 'counted') logCounted(deps.log, 'GoalsCounted', 'goal counted', fields);
    else logCounted(deps.log, 'GoalsDuplicate', 'goal already counted', fields);
    if (written?.result)
      logCounted(deps.log, 'MatchesFinished', 'match finished', { ...fields, winner: written.result.winner });
    if (written?.retracted)
      deps.log.info('late goal changed a finished match', { ...fields, winner: written.match.winner });
    // Whatever became of the goal, the table shows the state as stored: a missed update is repaired.
    const match = written?.match ?? shown?.match;
    await deps.shadows?.publish(goal.thingName, match, version);
    return outcome;
  };
}

/** The event with an `at` the record can use: the arrival time when the table's clock is off by a day. */
function onTheBackendClock(goal: GoalEvent, deps: Pick<SkillDeps, 'log' | 'now'>): GoalEvent {
  const arrival = deps.now();
  if (Math.abs(goal.at - arrival) <= MAX_CLOCK_SKEW_MS) return goal;
  deps.log.warn('table clock off: goal timed on arrival', {
    thingName: goal.thingName,
    eventId: goal.eventId,
    tableAt: goal.at,
    arrival,
  });
  return { ...goal, at: arrival };
}

function decideGoal(
  live: LiveTable,
  goal: GoalEvent,
  now: number,
  reorder: boolean,
): TableDecision<GoalEventOutcome> {
  const match = live.match;
  if (!match) return { outcome: { status: 'ignored', reason: 'no match on the table' } };
  if (match.id !== goal.matchId) {
    return {
      outcome: { status: 'ignored', reason: `the table's match is ${match.id}, not ${goal.matchId}` },
    };
  }
  // A retry of a goal already counted stays a duplicate even once the match is paused or over.
  if (match.seenEventIds.includes(goal.eventId)) return { outcome: { status: 'duplicate' } };
  if (match.status === 'paused' || match.status === 'abandoned')
    return { outcome: { status: 'ignored', reason: `the match is ${match.status}` } };
  if (match.status === 'finished' && !reorder)
    return { outcome: { status: 'ignored', reason: 'the match is finished' } };
  const scored = scoreTableGoal(match, {
    id: goal.eventId,
    team: goal.team,
    kind: 'goal',
    source: 'table',
    at: goal.at,
    receivedAt: now,
    ...(goal.seq === undefined ? {} : { seq: goal.seq }),
    ...(goal.speedKmh === undefined ? {} : { speedKmh: goal.speedKmh }),
  });
  if (scored.kind === 'duplicate') return { outcome: { status: 'duplicate' } };
  const write: TableWrite = { leagueId: tableLeague(live), match: scored.match };
  if (scored.kind === 'tooLate')
    return { outcome: { status: 'ignored', reason: 'scored after the winning goal' }, write };
  // A finished match replayed with the late goal: its old result gives way to the new one.
  if (match.status === 'finished') write.retracted = matchResult(match);
  if (scored.match.status === 'finished') write.result = matchResult(scored.match);
  return { outcome: { status: 'counted' }, write };
}
