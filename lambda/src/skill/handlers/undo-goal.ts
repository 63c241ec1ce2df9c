import type { RequestHandler } from 'ask-sdk-core';
import { undoLastGoal } from '../../domain/match';
import type { SkillDeps } from '../deps';
import { scoreboard } from '../display/scoreboard';
import { answer } from '../respond';
import { ofNames } from '../speech/names';
import { scoreSpeech } from '../speech/score';
import { changeMatch } from '../table-access';
import { turnOf } from '../turn';
import { isIntent } from './predicates';

/** "Annule le dernier but", "undo the last goal". */
export const undoGoalHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'UndoGoalIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const { match, undone } = await changeMatch(deps, turn, (current) => {
      const result = undoLastGoal(current, deps.now());
      return { write: { match: result.match }, outcome: result };
    });
    return answer(
      input,
      t('undo.done', { names: ofNames(t, match.teams[undone.team]), score: scoreSpeech(t, match) }),
      scoreboard(t, match),
    );
  },
});
