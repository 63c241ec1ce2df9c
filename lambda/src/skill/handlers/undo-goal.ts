import type { RequestHandler } from 'ask-sdk-core';
import { undoLastGoal } from '../../domain/match';
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

type UndoOutcome =
  | { kind: 'undone'; match: Match; undone: Goal }
  | { kind: 'notTheirs'; match: Match; last: Goal };

/**
 * "Annule le dernier but", "undo the last goal", "take a goal off the reds". A team or player
 * named must have scored the last goal: only the last goal can be taken back.
 */
export const undoGoalHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'UndoGoalIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const scorer = slotScorer(input, 'scorer');
    const outcome = await changeMatch<UndoOutcome>(deps, turn, (current) => {
      const result = undoLastGoal(current, deps.now());
      const named: TeamColor | undefined =
        scorer?.team ?? (scorer?.player && current ? findPlayerTeam(current, scorer.player) : undefined);
      if (current && named && result.undone.team !== named)
        return { outcome: { kind: 'notTheirs', match: current, last: result.undone } };
      return { write: { match: result.match }, outcome: { kind: 'undone', ...result } };
    });
    const { match } = outcome;
    if (outcome.kind === 'notTheirs') {
      const names = ofNames(t, match.teams[outcome.last.team]);
      return answer(
        input,
        t('undo.notTheirs', { names, score: scoreSpeech(t, match) }),
        scoreboard(t, match),
      );
    }
    return answer(
      input,
      t('undo.done', { names: ofNames(t, match.teams[outcome.undone.team]), score: scoreSpeech(t, match) }),
      scoreboard(t, match),
    );
  },
});
