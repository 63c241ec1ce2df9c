import type { BalancedMatch } from '../../domain/house/balanced-teams';
import { describeOdds } from '../../domain/stats/odds';
import type { Translate } from '../../i18n/translator';
import type { Card } from '../display/card';
import { joinNames } from './names';

/** The favourite side and its chances, rounded as said (50 % is a coin toss). */
function favouriteOf(match: BalancedMatch): { favourite: string[]; percent: number } {
  const redFavoured = match.redWins >= 0.5;
  const { percent } = describeOdds(redFavoured ? match.redWins : 1 - match.redWins);
  return { favourite: redFavoured ? match.teams.red : match.teams.blue, percent };
}

/**
 * "Fairest teams: Alice and Dave against Bob and Carol, 52 percent for Alice and Dave. Eve sits
 * out first." For two names, the singles match and its odds.
 */
export function balancedSpeech(t: Translate, match: BalancedMatch): string {
  const { favourite, percent } = favouriteOf(match);
  const singles = match.teams.red.length === 1;
  const values = {
    red: joinNames(t, match.teams.red),
    blue: joinNames(t, match.teams.blue),
    favourite: joinNames(t, favourite),
    percent: t('stats.percent', { value: percent }),
  };
  const key = percent === 50 ? (singles ? 'evenSingles' : 'even') : singles ? 'singles' : 'doubles';
  const parts = [t(`house.balanced.${key}`, values)];
  if (match.sittingOut.length > 0)
    parts.push(
      t('house.balanced.sittingOut', {
        names: joinNames(t, match.sittingOut),
        count: match.sittingOut.length,
      }),
    );
  return parts.join(' ');
}

/** The proposal in the Alexa app, in plain text. */
export function balancedCard(t: Translate, match: BalancedMatch): Card {
  const { favourite, percent } = favouriteOf(match);
  const plain = (names: readonly string[]) => names.join(' & ');
  return {
    title: t('house.balanced.cardTitle'),
    text: t('house.balanced.cardText', {
      red: plain(match.teams.red),
      blue: plain(match.teams.blue),
      favourite: plain(favourite),
      percent,
    }),
  };
}
