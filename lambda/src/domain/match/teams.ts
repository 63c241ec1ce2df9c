import type { Match, TeamColor } from './types';

/** A name reduced to what a person hears: trimmed, lower case, accents and repeated spaces dropped. */
function spokenForm(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * True when two names designate the same player: Alexa may hear "Helene" for "Hélène",
 * or capitalise differently from how the name was first said.
 */
export function sameName(a: string, b: string): boolean {
  return spokenForm(a) === spokenForm(b);
}

/** The team on the other side of the table. */
export function otherTeam(color: TeamColor): TeamColor {
  return color === 'red' ? 'blue' : 'red';
}

/** The players of one side of the table, as their names were written when the match started. */
export function teamOf(match: Match, color: TeamColor): string[] {
  return match.teams[color];
}

/** The side a player is on, or undefined when that player is not in the match. */
export function findPlayerTeam(match: Match, name: string): TeamColor | undefined {
  if (match.teams.red.some((player) => sameName(player, name))) return 'red';
  if (match.teams.blue.some((player) => sameName(player, name))) return 'blue';
  return undefined;
}

/** The name of a player as written in the match, for a name as it was said. */
export function playerNameInMatch(match: Match, name: string): string | undefined {
  return [...match.teams.red, ...match.teams.blue].find((player) => sameName(player, name));
}
