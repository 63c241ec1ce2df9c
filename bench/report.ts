import type { TurnSample } from './meter';

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

/** Average DynamoDB commands per turn, e.g. "GetItem 1, PutItem 1". */
function callsPerTurn(samples: TurnSample[]): string {
  const totals = new Map<string, number>();
  for (const sample of samples)
    for (const [name, count] of sample.calls) totals.set(name, (totals.get(name) ?? 0) + count);
  if (totals.size === 0) return 'none';
  return [...totals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, total]) => {
      const mean = total / samples.length;
      return `${name} ${Number.isInteger(mean) ? mean : mean.toFixed(2)}`;
    })
    .join(', ');
}

/** A plain-text table: kind, n, p50 ms, p99 ms, DynamoDB calls per turn. */
export function formatTable(samplesByKind: Map<string, TurnSample[]>): string {
  const rows = [['kind', 'n', 'p50 ms', 'p99 ms', 'DynamoDB calls per turn']];
  for (const [kind, samples] of samplesByKind) {
    const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
    rows.push([
      kind,
      String(samples.length),
      percentile(sorted, 50).toFixed(2),
      percentile(sorted, 99).toFixed(2),
      callsPerTurn(samples),
    ]);
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
