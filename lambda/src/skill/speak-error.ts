import {
  BabyfootError,
  DuplicatePlayerError,
  InvalidRulesError,
  PlayerNotInMatchError,
  SamePlayerOnBothTeamsError,
  TeamColourNotPlayerError,
  WrongTeamSizeError,
} from '../domain/errors';
import type { Translate } from '../i18n/translator';
import {
  ExpiredPairingCodeError,
  MalformedPairingCodeError,
  PairingLockedError,
  UnknownPairingCodeError,
} from '../pairing/pairing-errors';
import { spokenPairingCode } from '../pairing/pairing-speech';
import { VersionConflictError } from '../store/ports';
import { speakLeagueError } from './speech/league-errors';
import { escapeSsml } from './speech/ssml';
import { speakStatsError } from './speech/stats-errors';
import { speakTournamentError } from './speech/tournament-errors';

/**
 * The one place where failures become speech. Errors a player can cause get a clear answer;
 * anything else is internal and answered with a generic apology (never its message).
 */
export function speakError(t: Translate, error: unknown): { speech: string; internal: boolean } {
  if (error instanceof VersionConflictError) return { speech: t('errors.busy'), internal: false };
  if (!(error instanceof BabyfootError)) return { speech: t('errors.generic'), internal: true };
  const tournamentSpeech = speakTournamentError(t, error);
  if (tournamentSpeech !== undefined) return { speech: tournamentSpeech, internal: false };
  const statsSpeech = speakStatsError(t, error);
  if (statsSpeech !== undefined) return { speech: statsSpeech, internal: false };
  const leagueSpeech = speakLeagueError(t, error);
  if (leagueSpeech !== undefined) return { speech: leagueSpeech, internal: false };
  if (error instanceof UnknownPairingCodeError || error instanceof ExpiredPairingCodeError) {
    const code = spokenPairingCode(error.pairingCode);
    return { speech: t(`pairing.errors.${error.code}`, { code }), internal: false };
  }
  if (error instanceof MalformedPairingCodeError)
    return { speech: t('pairing.errors.malformedPairingCode'), internal: false };
  if (error instanceof PairingLockedError)
    return { speech: t('pairing.errors.pairingLocked', { count: error.waitMinutes }), internal: false };
  if (error instanceof InvalidRulesError)
    return { speech: t(`errors.invalidRules.${error.reason}`), internal: false };
  if (error instanceof TeamColourNotPlayerError)
    return {
      speech: t('errors.teamColourNotPlayer', { team: t(`common.team.${error.team}`) }),
      internal: false,
    };
  if (error instanceof WrongTeamSizeError) {
    const needed = error.mode === 'singles' ? 2 : 4;
    return { speech: t('errors.wrongTeamSize', { mode: t(`mode.${error.mode}`), needed }), internal: false };
  }
  if (
    error instanceof SamePlayerOnBothTeamsError ||
    error instanceof DuplicatePlayerError ||
    error instanceof PlayerNotInMatchError
  ) {
    return { speech: t(`errors.${error.code}`, { player: escapeSsml(error.player) }), internal: false };
  }
  const key = `errors.${error.code}`;
  const speech = t(key);
  // A domain error added without its speech must not be read out as a key.
  return speech === key ? { speech: t('errors.generic'), internal: true } : { speech, internal: false };
}
