import type { RequestHandler } from 'ask-sdk-core';
import { changeLastGoalKind } from '../../../domain/match/goal-kind';
import type { GoalKind } from '../../../domain/match/types';
import type { SkillDeps } from '../../deps';
import { scoreboard } from '../../display/scoreboard';
import { answer } from '../../respond';
import { slotChoice, slotScorer } from '../../slots';
import { joinNames, ofNames } from '../../speech/names';
import { scoreSpeech } from '../../speech/score';
import { changeMatch } from '../../table-access';
import { turnOf } from '../../turn';
import { goalAnswer } from '../goal';
import { isIntent } from '../predicates';

/** "Demi des bleus", "midfield goal for the reds": a goal the house counts as it says (one, none, two). */
export const midfieldGoalHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'MidfieldGoalIntent'),
  async handle(input) {
    const { t, requestId } = turnOf(input);
    const scorer = slotScorer(input, 'scorer');
    if (!scorer) return answer(input, t('goal.whichTeam'), { question: true });
    return goalAnswer(deps, input, { ...scorer, kind: 'midfield', id: `voice:${requestId}` });
  },
});

/**
 * "Le but des rouges était une gamelle", "that goal was a midfield goal": the last goal (of the
 * team named) counted again as that kind, under the house rules of the match (a goal sensor
 * cannot tell a gamelle from a goal; voice can).
 */
export const goalWasHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'GoalWasIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const kind: GoalKind =
      slotChoice(input, 'goalKind', ['goal', 'gamelle', 'midfield'] as const) ?? 'gamelle';
    const scorer = slotScorer(input, 'scorer');
    const team = scorer?.team;
    const changed = await changeMatch(deps, turn, (current) => {
      const result = changeLastGoalKind(current, team === undefined ? { kind } : { kind, team }, deps.now());
      return { write: { match: result.match }, outcome: result };
    });
    const scorers = changed.match.teams[changed.goal.team];
    const speech = t('house.goal.changed', {
      names: joinNames(t, scorers),
      of: ofNames(t, scorers),
      kind: t(`house.goal.kind_${kind}`),
      score: scoreSpeech(t, changed.match),
    });
    return answer(input, speech, scoreboard(t, changed.match));
  },
});
