import {
  type BabyfootError,
  ImpossibleScoreError,
  NoClosedSeasonError,
  NoSuchMatchError,
  NothingToCorrectError,
  PlayedTogetherError,
  SeasonEmptyError,
  TableLeagueMoveError,
} from '../../domain/errors';
import type { Translate } from '../../i18n/translator';
import { joinNames } from './names';
import { escapeSsml } from './ssml';

/** Speech for the league's refusals (corrections, seasons, names, tables), or undefined for any other error. */
export function speakLeagueError(t: Translate, error: BabyfootError): string | undefined {
  if (error instanceof NoSuchMatchError) {
    if (error.players.length > 0)
      return t('league.errors.noSuchMatchBetween', { names: joinNames(t, error.players) });
    return t('league.errors.noSuchMatch', { count: error.position ?? 2 });
  }
  if (error instanceof ImpossibleScoreError) {
    if (error.severalGames) return t('league.errors.severalGames');
    return t('league.errors.impossibleScore', {
      target: error.target,
      high: error.winnerGoals,
      low: error.loserGoals,
    });
  }
  if (error instanceof NothingToCorrectError) return t('league.errors.nothingToCorrect');
  if (error instanceof PlayedTogetherError)
    return t('league.errors.playedTogether', {
      alias: escapeSsml(error.alias),
      player: escapeSsml(error.player),
    });
  if (error instanceof SeasonEmptyError) return t('league.errors.seasonEmpty', { number: error.season });
  if (error instanceof NoClosedSeasonError) return t('league.errors.noClosedSeason');
  if (error instanceof TableLeagueMoveError) return t(`league.join.${error.reason}`);
  return undefined;
}
