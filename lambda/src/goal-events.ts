import { z } from 'zod';
import { deviceEventFields, parseDeviceEvent } from './device-event';
import { scoreGoal } from './domain/match/goals';
import { matchResult } from './domain/match/match-result';
import type { Match } from './domain/match/types';
import type { SkillDeps } from './skill/deps';
import type { LiveTable, TableWrite } from './store/ports';
import { type TableDecision, updateTable } from './store/update-table';

/** What the topic rule hands over: the device's goal event plus `topic(2) AS thingName`. */
const goalEventSchema = z.object({
  ...deviceEventFields,
  matchId: z.string().min(1),
  team: z.enum(['red', 'blue']),
});

export type GoalEvent = z.infer<typeof goalEventSchema>;

export interface GoalEventOutcome {
  status: 'counted' | 'duplicate' | 'ignored';
  /** Why a goal was ignored. */
  reason?: string;
}

/** The goal Lambda entry: one goal event from the table's sensors. */
export type GoalEventHandler = (event: unknown) => Promise<GoalEventOutcome>;

/**
 * Builds the handler the IoT rule invokes for `babyfoot/{thing}/events/goal`. Each eventId
 * counts once (retries and redeliveries are duplicates); goals for another match or for a
 * match that is not in progress are ignored and logged. A malformed event is logged and
 * dropped: retrying it cannot help. A store failure rejects, so Lambda retries the event.
 */
export function createGoalEventHandler(
  deps: Pick<SkillDeps, 'matches' | 'log' | 'shadows'>,
): GoalEventHandler {
  return async (event) => {
    const problem = 'malformed goal event';
    const goal = parseDeviceEvent(goalEventSchema, event, problem, deps.log);
    if (!goal) return { status: 'ignored', reason: problem };
    let written: Match | undefined;
    const { outcome, version } = await updateTable(deps.matches, goal.thingName, (live) => {
      const decision = decideGoal(live, goal);
      written = decision.write?.match;
      return decision;
    });
    const fields = {
      thingName: goal.thingName,
      matchId: goal.matchId,
      eventId: goal.eventId,
      team: goal.team,
    };
    if (outcome.status === 'ignored') deps.log.warn('goal ignored', { ...fields, reason: outcome.reason });
    else deps.log.info(outcome.status === 'counted' ? 'goal counted' : 'goal already counted', fields);
    if (written) await deps.shadows?.publish(goal.thingName, written, version);
    return outcome;
  };
}

function decideGoal(live: LiveTable, goal: GoalEvent): TableDecision<GoalEventOutcome> {
  const match = live.match;
  if (!match) return { outcome: { status: 'ignored', reason: 'no match on the table' } };
  if (match.id !== goal.matchId) {
    return {
      outcome: { status: 'ignored', reason: `the table's match is ${match.id}, not ${goal.matchId}` },
    };
  }
  // A retry of a goal already counted stays a duplicate even once the match is paused or over.
  if (match.seenEventIds.includes(goal.eventId)) return { outcome: { status: 'duplicate' } };
  if (match.status !== 'in_progress')
    return { outcome: { status: 'ignored', reason: `the match is ${match.status}` } };
  if (live.accountId === undefined)
    return { outcome: { status: 'ignored', reason: 'the match has no owner' } };
  const scored = scoreGoal(match, {
    id: goal.eventId,
    team: goal.team,
    kind: 'goal',
    source: 'table',
    at: goal.at,
  });
  if (scored.kind === 'duplicate') return { outcome: { status: 'duplicate' } };
  const write: TableWrite = { accountId: live.accountId, match: scored.match };
  if (scored.matchWon) write.result = matchResult(scored.match);
  return { outcome: { status: 'counted' }, write };
}
