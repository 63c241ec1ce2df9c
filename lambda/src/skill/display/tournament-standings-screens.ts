import {
  type KnockoutStandings,
  podium,
  progress,
  type StandingRow,
  standings,
  type Tournament,
} from '../../domain/tournament';
import type { Translate } from '../../i18n/translator';
import { teamNames } from './match-text';
import type { RankedEntry } from './ranked-list';
import { rankedListDisplay, type ScreenAndCard, shownSigned } from './screen-and-card';
import { tournamentBracketDisplay } from './tournament-bracket-screens';

export const TOURNAMENT_STANDINGS_TOKEN = 'babyfoot.tournamentStandings';
export const PODIUM_TOKEN = 'babyfoot.podium';

/** "Round robin", "Élimination directe": the format as a subtitle starts. */
function formatLabel(t: Translate, tournament: Tournament): string {
  return t(`display.tournament.format.${tournament.format}`);
}

/** Fixed doubles list teams; singles and Monster DYP (one row per player) list players. */
function nameHeader(t: Translate, tournament: Tournament): string {
  const teams = tournament.format !== 'monster_dyp' && tournament.mode === 'doubles';
  return t(teams ? 'display.tournament.team' : 'display.tournament.player');
}

/** The first figure: points, or in a last man standing the lives left ("Out in round 4" once none). */
function leadFigure(t: Translate, row: StandingRow): string | number {
  if (row.outInRound !== undefined) return t('display.tournament.outIn', { round: row.outInRound });
  return row.lives ?? row.points;
}

function tableEntry(t: Translate, row: StandingRow, finished: boolean): RankedEntry {
  const names = teamNames(t, row.players);
  return {
    position: row.position,
    name: row.left ? t('display.tournament.left', { names }) : names,
    figures: [leadFigure(t, row), row.wins, shownSigned(row.goalDifference)],
    highlight: finished && row.position === 1,
  };
}

/**
 * A knockout as a list: the entrants still in share the first place; those knocked out follow,
 * the later they went out the higher, sharing a place with those out in the same round.
 */
function knockoutEntries(t: Translate, bracket: KnockoutStandings, finished: boolean): RankedEntry[] {
  const entries: RankedEntry[] = bracket.stillIn.map((players) => ({
    position: 1,
    name: teamNames(t, players),
    figures: [t('display.tournament.stillIn')],
    highlight: finished,
  }));
  let position = entries.length + 1;
  bracket.out.forEach((entrant, index) => {
    const previous = bracket.out[index - 1];
    if (previous !== undefined && previous.round !== entrant.round) position = entries.length + 1;
    entries.push({
      position,
      name: teamNames(t, entrant.players),
      figures: [t('display.tournament.outIn', { round: entrant.round })],
    });
  });
  return entries;
}

/**
 * The tournament's standings: a league table (points, wins, goal difference; the winner
 * highlighted once it is over) or, for the elimination formats, their bracket (a knockout not
 * drawn yet: who is in).
 */
export function tournamentStandingsDisplay(t: Translate, tournament: Tournament): ScreenAndCard {
  const bracket = tournamentBracketDisplay(t, tournament);
  if (bracket) return bracket;
  const table = standings(tournament);
  const finished = tournament.status === 'finished';
  const format = formatLabel(t, tournament);
  const common = {
    title: t(`display.tournament.standingsTitle.${tournament.status}`),
    nameHeader: nameHeader(t, tournament),
    token: TOURNAMENT_STANDINGS_TOKEN,
  };
  if (!('rows' in table)) {
    return rankedListDisplay(t, {
      ...common,
      subtitle: t('display.tournament.roundOf', {
        format,
        round: Math.min(table.round, table.totalRounds),
        total: table.totalRounds,
      }),
      columns: [t('display.tournament.status')],
      entries: knockoutEntries(t, table, finished),
    });
  }
  const played = progress(tournament).matchesPlayed;
  return rankedListDisplay(t, {
    ...common,
    subtitle: t('display.tournament.played', { format, count: played }),
    columns: [
      t(tournament.format === 'last_man_standing' ? 'display.tournament.lives' : 'display.tournament.points'),
      t('display.tournament.wins'),
      t('display.tournament.goalDifference'),
    ],
    // Before the first result every row would read 0: the list says there is nothing yet.
    entries: played === 0 ? [] : table.rows.map((row) => tableEntry(t, row, finished)),
  });
}

/** The podium of a finished tournament (places shared by ties), undefined before the end. */
export function podiumDisplay(t: Translate, tournament: Tournament): ScreenAndCard | undefined {
  const places = podium(tournament);
  if (places === undefined) return undefined;
  return rankedListDisplay(t, {
    title: t('display.tournament.podiumTitle'),
    subtitle: t('display.tournament.podiumSubtitle', { format: formatLabel(t, tournament) }),
    nameHeader: nameHeader(t, tournament),
    columns: [],
    entries: places.flatMap((place) =>
      place.entrants.map((players) => ({
        position: place.position,
        name: teamNames(t, players),
        figures: [],
        highlight: place.position === 1,
      })),
    ),
    token: PODIUM_TOKEN,
  });
}
