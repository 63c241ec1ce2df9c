import type { RequestHandler } from 'ask-sdk-core';
import { changeRules, resolveRules } from '../../domain/match';
import type { MatchRules } from '../../domain/match/types';
import type { SkillDeps } from '../deps';
import { askForSlot } from '../pending-question';
import { answer } from '../respond';
import { describeRules } from '../speech/rules';
import { changeMatch, isActive } from '../table-access';
import { saveSession, turnOf } from '../turn';
import { isIntent } from './predicates';
import { rulesRequested, startMatchIntent } from './start-match';

type RulesOutcome = { kind: 'noMatch' | 'changed'; rules: MatchRules };

/**
 * "First to 11", "best of three games", "ITSF rules": changes the running match's rules, or,
 * with no match running, opens the start-match dialog with those rules.
 */
export const setRulesHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'SetRulesIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const requested = rulesRequested(input);
    const outcome = await changeMatch<RulesOutcome>(deps, turn, (current) => {
      if (!isActive(current)) return { outcome: { kind: 'noMatch', rules: resolveRules(requested) } };
      const match = changeRules(current, resolveRules(requested, current.rules));
      return { write: { match }, outcome: { kind: 'changed', rules: match.rules } };
    });
    if (outcome.kind === 'changed') {
      return answer(input, t('rules.changed', { rules: describeRules(t, outcome.rules) }));
    }
    const { rules } = outcome;
    const intent = startMatchIntent({
      target: String(rules.target),
      bestOf: String(rules.bestOf),
      winBy: String(rules.winBy),
      ...(rules.preset === 'itsf' ? { preset: 'itsf' } : {}),
    });
    saveSession(input, { ...turn.session, dialog: 'startMatch' });
    const speech = `${t('start.rulesNoted', { rules: describeRules(t, rules) })}. ${t('start.askRed')}`;
    return askForSlot(input, { intent, slot: 'redPlayerOne', speech, reprompt: t('start.askRed') });
  },
});
