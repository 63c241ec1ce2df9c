import type { TournamentRound } from './types';

/** What earlier Monster DYP rounds did to each player: the draw tries not to repeat it. */
export interface DypHistory {
  /** partners[a][b]: rounds a and b played side by side. */
  partners: number[][];
  /** opponents[a][b]: matches a and b played against each other. */
  opponents: number[][];
  played: number[];
  satOut: number[];
}

const square = (size: number): number[][] =>
  Array.from({ length: size }, () => new Array<number>(size).fill(0));

export function dypHistory(entrantCount: number, rounds: readonly TournamentRound[]): DypHistory {
  const history: DypHistory = {
    partners: square(entrantCount),
    opponents: square(entrantCount),
    played: new Array<number>(entrantCount).fill(0),
    satOut: new Array<number>(entrantCount).fill(0),
  };
  const bump = (grid: number[][], a: number, b: number) => {
    const rowA = grid[a];
    const rowB = grid[b];
    if (rowA) rowA[b] = (rowA[b] ?? 0) + 1;
    if (rowB) rowB[a] = (rowB[a] ?? 0) + 1;
  };
  for (const round of rounds) {
    for (const player of round.sittingOut ?? []) history.satOut[player] = (history.satOut[player] ?? 0) + 1;
    for (const match of round.matches) {
      for (const side of [match.red, match.blue]) {
        for (const player of side) history.played[player] = (history.played[player] ?? 0) + 1;
        const [first, second] = side;
        if (first !== undefined && second !== undefined) bump(history.partners, first, second);
      }
      for (const red of match.red) for (const blue of match.blue) bump(history.opponents, red, blue);
    }
  }
  return history;
}

/** How often a and b already shared something (0 when either is new). */
export function timesTogether(grid: readonly number[][], a: number, b: number): number {
  return grid[a]?.[b] ?? 0;
}
