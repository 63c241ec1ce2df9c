import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BRIDGE_FILE } from './bridge-bundle';
import { type ArchiveEntry, tarGz } from './tar-gz';

/** What a maker copies to the Pi: the bundle, the unit, the install script, an example config. */
const RELEASE_FILES: readonly { from: string; name: string; mode: number }[] = [
  { from: 'install.sh', name: 'install.sh', mode: 0o755 },
  { from: 'babyfoot-bridge.service', name: 'babyfoot-bridge.service', mode: 0o644 },
  { from: 'config.example.json', name: 'bridge.example.json', mode: 0o644 },
  { from: 'README.md', name: 'README.md', mode: 0o644 },
];

/**
 * Writes `babyfoot-bridge-<version>.tar.gz` in `outDir`: one folder `babyfoot-bridge-<version>/`
 * holding the bundle built in `outDir` and the release files of the package.
 */
export async function writeReleaseArchive(
  packageDir: string,
  outDir: string,
  version: string,
): Promise<{ file: string; bytes: number; entries: string[] }> {
  const folder = `babyfoot-bridge-${version}`;
  const entries: ArchiveEntry[] = [
    { path: `${folder}/${BRIDGE_FILE}`, content: await readFile(join(outDir, BRIDGE_FILE)), mode: 0o755 },
  ];
  for (const file of RELEASE_FILES) {
    entries.push({
      path: `${folder}/${file.name}`,
      content: await readFile(join(packageDir, file.from)),
      mode: file.mode,
    });
  }
  const file = join(outDir, `${folder}.tar.gz`);
  await writeFile(file, tarGz(entries));
  return { file, bytes: (await stat(file)).size, entries: entries.map((entry) => entry.path) };
}
