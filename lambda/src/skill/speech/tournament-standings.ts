import {
  type KnockoutStandings,
  type PodiumPlace,
  podium,
  progress,
  type StandingRow,
  standings,
  type Tournament,
} from '../../domain/tournament';
import type { Translate } from '../../i18n/translator';
import { joinNames } from './names';
import { joinEntrants, ordinalSentence, versus } from './tournament';

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function rowSpeech(t: Translate, row: StandingRow, tied: boolean): string {
  const place = ordinalSentence(t, row.position);
  const names = joinNames(t, row.players);
  const position = tied ? t('tournament.tiedPosition', { position: place }) : place;
  if (row.outInRound !== undefined)
    return t('tournament.standingsOut', { position, names, round: row.outInRound });
  if (row.lives !== undefined) {
    const wins = t('tournament.wins', { count: row.wins });
    return t('tournament.standingsLives', { position, names, count: row.lives, wins });
  }
  return t('tournament.standingsRow', {
    position: tied ? t('tournament.tiedPosition', { position: place }) : place,
    names: row.left ? t('tournament.leftTournament', { names }) : names,
    points: row.points,
    wins: row.wins,
    count: row.wins,
    difference: signed(row.goalDifference),
  });
}

function knockoutSpeech(t: Translate, bracket: KnockoutStandings): string {
  const values = {
    round: bracket.round,
    total: bracket.totalRounds,
    stillIn: joinEntrants(t, bracket.stillIn),
  };
  const key =
    bracket.totalRounds === 0
      ? 'tournament.bracketRound'
      : bracket.format === 'playoff'
        ? 'tournament.playoffStandings'
        : 'tournament.knockoutStandings';
  const parts = [t(key, values)];
  if (bracket.oneLoss && bracket.oneLoss.length > 0) {
    parts.push(t('tournament.oneLoss', { names: joinEntrants(t, bracket.oneLoss) }));
  }
  if (bracket.out.length > 0) {
    const out = bracket.out.map((entrant) =>
      t('tournament.knockedOutIn', { names: joinNames(t, entrant.players), round: entrant.round }),
    );
    parts.push(t('tournament.knockedOut', { out: out.join(', ') }));
  }
  return parts.join(' ');
}

/**
 * "Standings after 6 matches: First: Alice, 6 points, 3 wins, goal difference +9. …", or where
 * the knockout bracket stands.
 */
export function standingsSpeech(t: Translate, tournament: Tournament): string {
  const table = standings(tournament);
  if (!('rows' in table)) return knockoutSpeech(t, table);
  const { matchesPlayed } = progress(tournament);
  if (matchesPlayed === 0) return t('tournament.standingsEmpty');
  const shared = (row: StandingRow) =>
    table.rows.filter((other) => other.position === row.position).length > 1;
  return [
    t('tournament.standingsHeader', { count: matchesPlayed }),
    ...table.rows.map((row) => rowSpeech(t, row, shared(row))),
  ].join(' ');
}

function placeSpeech(t: Translate, place: PodiumPlace): string {
  const names = joinEntrants(t, place.entrants);
  if (place.position === 1) {
    const count = place.entrants.flat().length;
    return t('tournament.podiumWinner', { names, count });
  }
  return t('tournament.podiumPlace', { position: ordinalSentence(t, place.position), names });
}

/** "Alice wins the tournament! Second: Bob. Third: Carol." Empty before the end. */
export function podiumSpeech(t: Translate, tournament: Tournament): string {
  return (podium(tournament) ?? []).map((place) => placeSpeech(t, place)).join(' ');
}

/** "Where are we?": the round, matches played and left, what is on the table; the podium at the end. */
export function progressSpeech(t: Translate, tournament: Tournament): string {
  const state = progress(tournament);
  if (state.status === 'registering') {
    const count = tournament.entrants.reduce((sum, entrant) => sum + entrant.players.length, 0);
    return t('tournament.progressRegistering', { count });
  }
  if (state.status === 'abandoned') return t('tournament.progressAbandoned');
  if (state.status === 'finished')
    return t('tournament.progressFinished', { podium: podiumSpeech(t, tournament) });
  const values = {
    round: state.round,
    total: state.totalRounds,
    played: state.matchesPlayed,
    left: state.matchesLeft,
    stage: state.stage ? t(`tournament.stage.${state.stage}`) : '',
  };
  const open = state.totalRounds === 0;
  const parts = [
    t(
      open
        ? state.stage
          ? 'tournament.progressStage'
          : 'tournament.progressOpen'
        : 'tournament.progressRunning',
      values,
    ),
  ];
  if (state.survivors) {
    parts.push(t('tournament.survivors', { count: state.survivors.players, lives: state.survivors.lives }));
  }
  if (state.inPlay.length > 0) {
    parts.push(
      t('tournament.progressInPlay', { matches: state.inPlay.map((view) => versus(t, view)).join(', ') }),
    );
  }
  return parts.join(' ');
}
