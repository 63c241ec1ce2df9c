import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildBridgeBundle } from './bridge-bundle';
import { writeReleaseArchive } from './release-archive';

/*
 * `npm run build` (here) or `npm run build:bridge` (at the root): writes dist/babyfoot-bridge.cjs,
 * which runs with plain `node` >= 18, and dist/babyfoot-bridge-<version>.tar.gz, the release.
 */

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = resolve(packageDir, values.out);

const bundle = await buildBridgeBundle(packageDir, outDir);
const release = await writeReleaseArchive(packageDir, outDir, bundle.version);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
process.stdout.write(`${bundle.file}: ${kib(bundle.bytes)}\n${release.file}: ${kib(release.bytes)}\n`);
