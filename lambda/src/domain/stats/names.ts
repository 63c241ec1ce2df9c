/**
 * A name reduced to what a person hears: trimmed, lower case, accents and repeated spaces
 * dropped. Same rule as `sameName` in the match domain, so a player found in a match is
 * found in the stats.
 */
export function playerKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** Levenshtein distance (insertions, deletions, substitutions), on two rows. */
export function editDistance(a: string, b: string): number {
  const first = [...a];
  const second = [...b];
  let previous = Array.from({ length: second.length + 1 }, (_, j) => j);
  for (let i = 1; i <= first.length; i++) {
    const current = [i];
    for (let j = 1; j <= second.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (first[i - 1] === second[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[second.length] ?? 0;
}

/**
 * The known names closest to a name that was not found, nearest first, to offer "did you
 * mean…". Compared in spoken form; a name further than half its length away (at least 1
 * edit allowed) is not offered, as it would sound unrelated.
 * @param known names as they should be spoken back
 * @param k at most this many names
 */
export function nearestNames(known: readonly string[], name: string, k = 3): string[] {
  const wanted = playerKey(name);
  const seen = new Set<string>();
  const candidates: { name: string; distance: number }[] = [];
  for (const candidate of known) {
    const key = playerKey(candidate);
    if (seen.has(key)) continue;
    seen.add(key);
    const distance = editDistance(wanted, key);
    // Half the longer name, at least one edit: "Zoe" is not offered "Bob" (two letters of three).
    const allowed = Math.max(1, Math.floor(Math.max(wanted.length, key.length) / 2));
    if (distance <= allowed) candidates.push({ name: candidate, distance });
  }
  candidates.sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name));
  return candidates.slice(0, Math.max(0, k)).map((candidate) => candidate.name);
}
