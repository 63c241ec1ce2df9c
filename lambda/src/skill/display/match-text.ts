import type { Match, MatchRules } from '../../domain/match/types';
import type { Translate } from '../../i18n/translator';

/** "Alice & Bob": a team's names as written on screens and cards (not escaped). */
export function teamNames(t: Translate, names: readonly string[]): string {
  return names.join(t('display.nameSeparator'));
}

/** "First to 10, best of 3": the rules, short enough for a headline. */
export function rulesLine(t: Translate, rules: MatchRules): string {
  const parts =
    rules.preset === 'itsf'
      ? [t('display.rules.itsf')]
      : [
          t('display.rules.firstTo', { target: rules.target }),
          ...(rules.winBy > 1 ? [t('display.rules.winBy', { winBy: rules.winBy })] : []),
        ];
  if (rules.bestOf > 1) parts.push(t('display.rules.bestOf', { bestOf: rules.bestOf }));
  return parts.join(', ');
}

/** "Match on · First to 10": the state of the match and its rules. */
export function matchHeadline(t: Translate, match: Match): string {
  return t('display.headline', {
    state: t(`display.state.${match.status}`),
    rules: rulesLine(t, match.rules),
  });
}
