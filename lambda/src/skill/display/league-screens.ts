import type { PodiumStep } from '../../domain/league/seasons';
import type { MatchResult } from '../../domain/match/result';
import { otherTeam } from '../../domain/match/teams';
import type { Translate } from '../../i18n/translator';
import { teamNames } from './match-text';
import { keyFiguresDisplay, rankedListDisplay, type ScreenAndCard } from './screen-and-card';

/** A closed season's podium, on screen and as a card. */
export function podiumDisplay(
  t: Translate,
  season: { number: number; podium: readonly PodiumStep[] },
): ScreenAndCard {
  return rankedListDisplay(t, {
    title: t('league.display.podiumTitle', { number: season.number }),
    nameHeader: t('league.display.player'),
    columns: [t('league.display.won'), t('league.display.played')],
    entries: season.podium.map((step) => ({
      position: step.rank,
      name: step.name,
      figures: [step.won, step.played],
    })),
    token: 'babyfoot.seasonPodium',
  });
}

function resultText(t: Translate, result: MatchResult): string {
  const loser = otherTeam(result.winner);
  return t('league.display.result', {
    winners: teamNames(t, result.teams[result.winner]),
    losers: teamNames(t, result.teams[loser]),
    high: result.goals[result.winner],
    low: result.goals[loser],
  });
}

/** A corrected or deleted match: what it was and what it is now, on screen and as a card. */
export function correctionDisplay(
  t: Translate,
  original: MatchResult,
  corrected: MatchResult | undefined,
): ScreenAndCard {
  return keyFiguresDisplay(t, {
    title: t(corrected ? 'league.display.correctedTitle' : 'league.display.deletedTitle'),
    figures: [
      { label: t('league.display.before'), value: resultText(t, original) },
      {
        label: t('league.display.now'),
        value: corrected ? resultText(t, corrected) : t('league.display.deleted'),
      },
    ],
    token: 'babyfoot.correction',
  });
}

/** A merge or a rename: the old name and the new one, on screen and as a card. */
export function nameChangeDisplay(
  t: Translate,
  change: { from: string; to: string; matches: number },
): ScreenAndCard {
  return keyFiguresDisplay(t, {
    title: t('league.display.namesTitle'),
    figures: [
      { label: t('league.display.before'), value: change.from },
      { label: t('league.display.now'), value: change.to },
      { label: t('league.display.matches'), value: change.matches },
    ],
    token: 'babyfoot.nameChange',
  });
}
