/** The two sides of the table (same names as the backend's `TeamColor`). */
export type TeamColor = 'red' | 'blue';

export const TEAM_COLORS: readonly TeamColor[] = ['red', 'blue'];

/** The other side of the table. */
export function opponentOf(team: TeamColor): TeamColor {
  return team === 'red' ? 'blue' : 'red';
}
