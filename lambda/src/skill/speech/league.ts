import type { PodiumStep } from '../../domain/league/seasons';
import type { MatchResult } from '../../domain/match/result';
import { otherTeam } from '../../domain/match/teams';
import type { Translate } from '../../i18n/translator';
import { joinNames } from './names';

/** "Alice against Bob, 10 to 8 for Alice": a finished match, escaped for SSML. */
export function resultLine(t: Translate, result: MatchResult): string {
  const loser = otherTeam(result.winner);
  const winners = joinNames(t, result.teams[result.winner]);
  return t('league.match', {
    winners,
    losers: joinNames(t, result.teams[loser]),
    high: result.goals[result.winner],
    low: result.goals[loser],
  });
}

/** "The podium: first, Alice with 12 wins; second, …": players level share a step. */
export function podiumSpeech(t: Translate, podium: readonly PodiumStep[]): string {
  const steps = podium.map((step) =>
    t('league.season.step', {
      place: t(`league.season.place_${Math.min(step.rank, 3)}`),
      name: joinNames(t, [step.name]),
      count: step.won,
    }),
  );
  return t('league.season.podium', { steps: steps.join(t('league.season.stepSeparator')) });
}
