import { nextMatch, progress, type Tournament } from '../../domain/tournament';
import type { Translate } from '../../i18n/translator';
import { nextMatchSpeech, versus } from './tournament';
import { podiumSpeech } from './tournament-standings';

/**
 * What comes next in a running or just finished tournament: the next match to start, the
 * round's last matches still on, or the end with the podium. Empty for an abandoned one.
 */
export function whatComesNext(t: Translate, tournament: Tournament): string {
  if (tournament.status === 'finished') {
    return `${t('tournament.tournamentOver')} ${podiumSpeech(t, tournament)}`;
  }
  if (tournament.status !== 'running') return '';
  const view = nextMatch(tournament);
  if (view) return `${nextMatchSpeech(t, tournament, view)} ${t('tournament.nextMatchPrompt')}`;
  const state = progress(tournament);
  return t('tournament.roundInPlay', {
    round: state.round,
    matches: state.inPlay.map((match) => versus(t, match)).join(', '),
  });
}
