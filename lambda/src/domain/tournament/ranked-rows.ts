import type { StandingRow } from './standings';

/**
 * Sorts rows by `keys` (each higher is better, compared in order) and gives entrants equal on
 * every key the same position; equal rows keep entry order.
 */
export function rankRows(rows: StandingRow[], keys: (index: number) => number[]): StandingRow[] {
  const compare = (a: number, b: number) => {
    const [ka, kb] = [keys(a), keys(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (kb[i] ?? 0) - (ka[i] ?? 0);
    return 0;
  };
  const order = rows.map((_, index) => index).sort((a, b) => compare(a, b) || a - b);
  const ranked: StandingRow[] = [];
  order.forEach((index, place) => {
    const row = rows[index] as StandingRow;
    const previous = order[place - 1];
    const level = previous !== undefined && compare(previous, index) === 0;
    row.position = level ? (ranked[place - 1]?.position ?? place + 1) : place + 1;
    ranked.push(row);
  });
  return ranked;
}
