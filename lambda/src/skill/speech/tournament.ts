import {
  DEFAULT_LIVES,
  drawsPartners,
  type Tournament,
  type TournamentMatchView,
} from '../../domain/tournament';
import type { Translate } from '../../i18n/translator';
import { joinNames } from './names';

/** "championnat", "knockout", "Monster DYP". */
export function formatName(t: Translate, tournament: Tournament): string {
  return t(`tournament.format.${tournament.format}`);
}

/**
 * The format with its own settings: "Swiss in 5 rounds", "last man standing, 3 lives each",
 * "round robin then a knockout of the best 4".
 */
export function formatDescription(t: Translate, tournament: Tournament): string {
  const { rounds, lives, playoff } = tournament.settings;
  const parts = [formatName(t, tournament)];
  if (tournament.format === 'swiss' && rounds !== undefined)
    parts.push(t('tournament.inRounds', { count: rounds }));
  if (tournament.format === 'last_man_standing')
    parts.push(t('tournament.livesEach', { count: lives ?? DEFAULT_LIVES }));
  if (playoff !== undefined) parts.push(t('tournament.thenPlayoff', { count: playoff }));
  return parts.join(' ');
}

/** "en simple", "doubles, fixed teams", "doubles, partners drawn every round". */
export function modeName(t: Translate, tournament: Tournament): string {
  return t(`tournament.mode.${drawsPartners(tournament.format) ? 'monster_dyp' : tournament.mode}`);
}

/** A spoken place: "first", "troisième", then "11th" / "11e" past ten. */
export function ordinal(t: Translate, position: number): string {
  return position >= 1 && position <= 10
    ? t(`tournament.ordinalWord.${position}`)
    : t('tournament.ordinal', { count: position, ordinal: true });
}

/** Same as `ordinal`, capitalised to open a sentence. */
export function ordinalSentence(t: Translate, position: number): string {
  const word = ordinal(t, position);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Entrants as a list: players one by one ("Alice, Bob and Carol"), or teams kept together
 * ("Alice and Bob, as well as Carol and Dave"). Escaped for SSML.
 */
export function joinEntrants(t: Translate, entrants: readonly (readonly string[])[]): string {
  if (entrants.every((players) => players.length <= 1)) return joinNames(t, entrants.flat());
  const teams = entrants.map((players) => joinNames(t, players));
  if (teams.length <= 1) return teams[0] ?? '';
  return `${teams.slice(0, -1).join(', ')}${t('tournament.entrantsAnd')}${teams.at(-1)}`;
}

/** "Alice against Bob" for a match in a list. */
export function versus(t: Translate, view: TournamentMatchView): string {
  return t('tournament.versus', { red: joinNames(t, view.teams.red), blue: joinNames(t, view.teams.blue) });
}

/** The players who sit the current round out (Monster DYP, last man standing, a Swiss bye), by name. */
export function sittingOutNames(tournament: Tournament, round: number): string[] {
  const played = tournament.rounds[round - 1];
  const byes =
    tournament.format === 'swiss'
      ? (played?.matches ?? []).filter((match) => match.state === 'bye').flatMap((match) => match.red)
      : [];
  const indexes = [...(played?.sittingOut ?? []), ...byes];
  return indexes.flatMap((index) => tournament.entrants[index]?.players ?? []);
}

/**
 * "Next match, round 2: Alice on red against Bob on blue.", with who sits out in Monster DYP
 * when the round's first match is next.
 */
export function nextMatchSpeech(t: Translate, tournament: Tournament, view: TournamentMatchView): string {
  const parts = [
    qualifiedSpeech(t, tournament, view),
    t('tournament.nextMatch', {
      round: view.round,
      red: joinNames(t, view.teams.red),
      blue: joinNames(t, view.teams.blue),
    }),
  ];
  const resting = view.number === 1 ? sittingOutNames(tournament, view.round) : [];
  if (resting.length > 0)
    parts.push(t('tournament.sittingOut', { names: joinNames(t, resting), count: resting.length }));
  return parts.filter((part) => part !== '').join(' ');
}

/**
 * "The group stage is over: Alice, Bob, Carol and Dave go through to the knockout.", said with
 * the knockout stage's first match until it starts. Empty otherwise.
 */
function qualifiedSpeech(t: Translate, tournament: Tournament, view: TournamentMatchView): string {
  const { qualifiers, rounds } = tournament;
  const first = rounds.findIndex((round) => round.stage === 'playoff');
  if (!qualifiers || first !== view.round - 1 || view.number !== 1) return '';
  const sides = qualifiers.map((side) => side.flatMap((index) => tournament.entrants[index]?.players ?? []));
  return t('tournament.qualified', { names: joinEntrants(t, sides) });
}
