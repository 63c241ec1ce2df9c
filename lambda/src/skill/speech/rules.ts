import type { MatchRules } from '../../domain/match/types';
import type { Translate } from '../../i18n/translator';

/** The rules as a player would say them: "first to 10", "ITSF rules: …". No final period. */
export function describeRules(t: Translate, rules: MatchRules): string {
  if (rules.preset === 'itsf' && rules.decidingGame?.cap !== undefined) {
    return t('rules.itsf', {
      target: rules.target,
      bestOf: rules.bestOf,
      winBy: rules.decidingGame.winBy,
      cap: rules.decidingGame.cap,
    });
  }
  const parts = [t('rules.firstTo', { target: rules.target })];
  if (rules.winBy > 1) parts.push(t('rules.winBy', { winBy: rules.winBy }));
  if (rules.cap !== undefined) parts.push(t('rules.capped', { cap: rules.cap }));
  if (rules.bestOf > 1) parts.push(t('rules.bestOf', { bestOf: rules.bestOf }));
  return parts.join(', ');
}

/** The rules as a sentence, capitalised: "First to 10." */
export function rulesSentence(t: Translate, rules: MatchRules): string {
  const sentence = t('rules.sentence', { rules: describeRules(t, rules) });
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
