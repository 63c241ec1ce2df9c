import { nextMatch, progress, type Tournament, type TournamentMatchView } from '../../domain/tournament';
import type { Translate } from '../../i18n/translator';
import { sittingOutNames } from '../speech/tournament';
import type { KeyFigure } from './key-figures';
import { teamNames } from './match-text';
import { keyFiguresDisplay, type ScreenAndCard } from './screen-and-card';
import { tournamentBracketDisplay } from './tournament-bracket-screens';
import { podiumDisplay } from './tournament-standings-screens';

export const NEXT_MATCH_TOKEN = 'babyfoot.tournamentNextMatch';
export const TOURNAMENT_PROGRESS_TOKEN = 'babyfoot.tournamentProgress';

function versus(t: Translate, view: TournamentMatchView): string {
  return t('display.versus', { red: teamNames(t, view.teams.red), blue: teamNames(t, view.teams.blue) });
}

/** Who plays whom, on which side, in which round; who sits the round out (Monster DYP). */
export function nextMatchDisplay(
  t: Translate,
  tournament: Tournament,
  view: TournamentMatchView,
): ScreenAndCard {
  const figures: KeyFigure[] = [
    { label: t('display.team.red'), value: teamNames(t, view.teams.red) },
    { label: t('display.team.blue'), value: teamNames(t, view.teams.blue) },
  ];
  const resting = view.number === 1 ? sittingOutNames(tournament, view.round) : [];
  if (resting.length > 0)
    figures.push({ label: t('display.tournament.sittingOut'), value: resting.join(', ') });
  return keyFiguresDisplay(t, {
    title: t('display.tournament.nextMatchTitle'),
    subtitle: t('display.tournament.nextMatchSubtitle', { round: view.round, number: view.number }),
    figures,
    token: NEXT_MATCH_TOKEN,
  });
}

/** The round's last matches, all on tables: the next round is drawn once they are over. */
function roundInPlayDisplay(t: Translate, tournament: Tournament): ScreenAndCard {
  const state = progress(tournament);
  return keyFiguresDisplay(t, {
    title: t('display.tournament.roundTitle', { round: state.round }),
    subtitle: t('display.tournament.roundInPlay'),
    figures: state.inPlay.map((view) => ({
      label: t('display.tournament.matchNumber', { number: view.number }),
      value: versus(t, view),
    })),
    token: NEXT_MATCH_TOKEN,
  });
}

/**
 * What comes next, as the speech says it (see `whatComesNext`): the next match to start, the
 * round's last matches in play, or the podium at the end. Undefined before the start or after
 * an abandon.
 */
export function whatComesNextDisplay(t: Translate, tournament: Tournament): ScreenAndCard | undefined {
  if (tournament.status === 'finished') return podiumDisplay(t, tournament);
  if (tournament.status !== 'running') return undefined;
  const view = nextMatch(tournament);
  return view ? nextMatchDisplay(t, tournament, view) : roundInPlayDisplay(t, tournament);
}

/**
 * "Where are we?": the round, matches played and to go, what is on the table (the bracket, for
 * the elimination formats); the podium at the end.
 */
export function tournamentProgressDisplay(t: Translate, tournament: Tournament): ScreenAndCard | undefined {
  if (tournament.status === 'finished') return podiumDisplay(t, tournament);
  if (tournament.status !== 'running') return undefined;
  const bracket = tournamentBracketDisplay(t, tournament);
  if (bracket) return bracket;
  const state = progress(tournament);
  const figures: KeyFigure[] = [
    {
      label: t('display.tournament.round'),
      value: t('display.tournament.roundOfTotal', { round: state.round, total: state.totalRounds }),
    },
    { label: t('display.tournament.matchesPlayed'), value: state.matchesPlayed },
    { label: t('display.tournament.matchesLeft'), value: state.matchesLeft },
    ...state.inPlay.map((view) => ({ label: t('display.tournament.onTheTable'), value: versus(t, view) })),
  ];
  return keyFiguresDisplay(t, {
    title: t('display.tournament.progressTitle'),
    subtitle: t(`display.tournament.format.${tournament.format}`),
    figures,
    token: TOURNAMENT_PROGRESS_TOKEN,
  });
}
