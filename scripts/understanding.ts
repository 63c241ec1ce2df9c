/**
 * `npm run understanding`: how much of the phrase corpus (test/understanding/corpus) the generated
 * models understand, per locale and per intent, with the console's resolver and virtual-alexa's,
 * and the misses. The held-out and development sets are measured too (no threshold applies).
 */
import { type CorpusSet, expectedIntents } from '../test/understanding/corpus';
import { byIntent, type CorpusResult, hearCorpus, share } from '../test/understanding/understanding';

const percent = (value: number) => `${(value * 100).toFixed(1)} %`.padStart(8);

function table(locale: string, results: CorpusResult[]): string[] {
  const [project, independent] = results;
  if (!project || !independent) return [];
  const lines = [
    `${locale}: console ${percent(share(project.hearings))}, virtual-alexa ${percent(share(independent.hearings))} of ${project.hearings.length} phrasings`,
  ];
  const other = byIntent(independent.hearings);
  for (const [intent, row] of byIntent(project.hearings)) {
    const theirs = other.get(intent);
    lines.push(
      `  ${intent.padEnd(48)} ${String(row.total).padStart(4)} ${percent(row.understood / row.total)} ${percent((theirs?.understood ?? 0) / row.total)}`,
    );
  }
  for (const result of results)
    for (const hearing of result.hearings.filter((h) => !h.understood))
      lines.push(
        `  miss (${result.resolver}): "${hearing.phrase.say}" → ${expectedIntents(hearing.phrase).join('|')}: ${hearing.why}`,
      );
  return lines;
}

const sets: CorpusSet[] = ['main', 'dev', 'heldout'];
for (const locale of ['fr-FR', 'en-US']) {
  for (const set of sets) {
    const results = hearCorpus(locale, set);
    if (set === 'main') process.stdout.write(`${table(locale, results).join('\n')}\n\n`);
    else {
      const [project, independent] = results;
      process.stdout.write(
        `${locale} ${set}: console ${percent(share(project?.hearings ?? []))}, virtual-alexa ${percent(share(independent?.hearings ?? []))} of ${project?.hearings.length ?? 0} phrasings\n`,
      );
    }
  }
  process.stdout.write('\n');
}
