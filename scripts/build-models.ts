import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModelFiles } from './interaction-model/model-files';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

for (const [path, text] of buildModelFiles(projectRoot)) {
  const target = join(projectRoot, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`wrote ${path}\n`);
}
