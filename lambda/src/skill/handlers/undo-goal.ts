import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { matchResult, type UndoOutcome, undoLastGoal } from '../../domain/match';
import { findPlayerTeam } from '../../domain/match/teams';
import type { Goal, Match, TeamColor } from '../../domain/match/types';
import type { SkillDeps } from '../deps';
import { scoreboard } from '../display/scoreboard';
import { answer } from '../respond';
import { slotScorer } from '../slots';
import { ofNames } from '../speech/names';
import { scoreSpeech } from '../speech/score';
import { changeMatch } from '../table-access';
import { turnOf } from '../turn';
import { isIntent } from './predicates';

type UndoTurn = UndoOutcome | { kind: 'notTheirs'; match: Match; last: Goal };

/**
 * "Annule le dernier but", "undo the last goal", "take a goal off the reds". A team or player
 * named must have scored the last goal: only the last goal can be taken back. Right after the
 * goal that ended the match, the match is on again and its result leaves the history, stats,
 * ratings and tournament in the same write. One request undoes one goal, however often Alexa
 * retries it.
 */
export const undoGoalHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'UndoGoalIntent'),
  handle: (input) => undoAnswer(deps, input, slotScorer(input, 'scorer')),
});

/**
 * Takes back the last goal and answers (the "undo" said, or tapped on the Echo's screen).
 * `scorer`, when named, must be who scored it. Idempotent on the request id.
 */
export async function undoAnswer(
  deps: SkillDeps,
  input: HandlerInput,
  scorer: { team?: TeamColor; player?: string } | undefined,
): Promise<Response> {
  const turn = turnOf(input);
  const { t } = turn;
  const outcome = await changeMatch<UndoTurn>(deps, turn, (current) => {
    const result = undoLastGoal(current, deps.now(), turn.requestId);
    if (result.kind === 'duplicate') return { outcome: result };
    const named: TeamColor | undefined =
      scorer?.team ?? (scorer?.player && current ? findPlayerTeam(current, scorer.player) : undefined);
    if (current && named && result.undone.team !== named)
      return { outcome: { kind: 'notTheirs', match: current, last: result.undone } };
    const retracted = result.reopened && matchResult(result.reopened);
    return { write: { match: result.match, ...(retracted ? { retracted } : {}) }, outcome: result };
  });
  const { match } = outcome;
  const score = scoreSpeech(t, match);
  if (outcome.kind === 'duplicate')
    return answer(input, t('undo.duplicate', { score }), scoreboard(t, match));
  if (outcome.kind === 'notTheirs') {
    const names = ofNames(t, match.teams[outcome.last.team]);
    return answer(input, t('undo.notTheirs', { names, score }), scoreboard(t, match));
  }
  const names = ofNames(t, match.teams[outcome.undone.team]);
  if (outcome.reopened) deps.log.info('finished match reopened', { matchId: match.id });
  return answer(
    input,
    t(outcome.reopened ? 'undo.reopened' : 'undo.done', { names, score }),
    scoreboard(t, match),
  );
}
