import {
  BabyfootError,
  InvalidRoundCountError,
  NothingToForfeitError,
  OddPlayerCountError,
  PlayerHasMatchToPlayError,
  PlayerNotInTournamentError,
  TooFewEntrantsError,
  TooManyEntrantsError,
  TournamentOverError,
} from '../../domain/errors';
import { InvalidLivesError, InvalidPlayoffError, InvalidSwissRoundsError } from '../../domain/tournament';
import type { Translate } from '../../i18n/translator';
import { escapeSsml } from './ssml';

/** Tournament errors that need no detail to be spoken. */
const PLAIN = new Set([
  'noTournament',
  'tournamentUnderWay',
  'tournamentAlreadyStarted',
  'tournamentNotStarted',
  'roundNotFinished',
  'tournamentMovedOn',
  'knockoutStageDrawn',
]);

/**
 * The spoken answer to a tournament error a player can cause, or undefined for any other
 * error (speak-error.ts handles those). A result that reaches no tournament match is internal.
 */
export function speakTournamentError(t: Translate, error: unknown): string | undefined {
  if (!(error instanceof BabyfootError)) return undefined;
  if (error instanceof TooFewEntrantsError) {
    return t('tournament.errors.tooFewEntrants', { minimum: error.minimumPlayers, count: error.players });
  }
  if (error instanceof TooManyEntrantsError)
    return t('tournament.errors.tooManyEntrants', { maximum: error.maximum });
  if (error instanceof OddPlayerCountError)
    return t('tournament.errors.oddPlayerCount', { count: error.players });
  if (error instanceof TournamentOverError) return t(`tournament.errors.tournamentOver.${error.status}`);
  if (error instanceof InvalidRoundCountError) return t('tournament.errors.invalidRoundCount');
  if (error instanceof InvalidSwissRoundsError)
    return t('tournament.errors.invalidSwissRounds', { count: error.maximum });
  if (error instanceof InvalidLivesError)
    return t('tournament.errors.invalidLives', { count: error.maximum });
  if (error instanceof InvalidPlayoffError) return t('tournament.errors.invalidPlayoff');
  if (
    error instanceof PlayerNotInTournamentError ||
    error instanceof PlayerHasMatchToPlayError ||
    error instanceof NothingToForfeitError
  ) {
    return t(`tournament.errors.${error.code}`, { player: escapeSsml(error.player) });
  }
  return PLAIN.has(error.code) ? t(`tournament.errors.${error.code}`) : undefined;
}
