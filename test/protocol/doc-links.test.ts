import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOCS = ['README.md', 'device-bridge/README.md', 'docs/device-protocol.md', 'local/iot/README.md'];

/** The targets of a markdown file's links: `[text](target)`, without their #fragment. */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => (match[1] ?? '').split('#')[0] ?? '');
}

describe('documentation links', () => {
  it.each(DOCS)('%s links only to files inside the repository that exist', (doc) => {
    const targets = linkTargets(readFileSync(join(ROOT, doc), 'utf8')).filter((target) => target !== '');

    const outside = targets.filter((target) => /^[a-z]+:/i.test(target) || target.startsWith('/'));
    const missing = targets.filter(
      (target) => !outside.includes(target) && !existsSync(join(ROOT, dirname(doc), target)),
    );

    expect(outside).toEqual([]);
    expect(missing).toEqual([]);
  });
});
