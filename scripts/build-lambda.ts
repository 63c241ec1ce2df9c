import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildLambdaBundles, LAMBDA_BUILD_DIR } from './deploy/lambda-bundle';
import { zipFolder } from './deploy/zip-folder';

/*
 * `npm run build`: bundles the Lambda code into dist/lambda/.
 * `npm run build -- --zip <file>`: also writes the archive (hooks/build.sh hands it to ask deploy).
 */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { out: { type: 'string', default: LAMBDA_BUILD_DIR }, zip: { type: 'string' } },
});
const outDir = resolve(projectRoot, values.out);

const built = await buildLambdaBundles(projectRoot, outDir);
for (const bundle of built) {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  process.stdout.write(
    `${bundle.file}: ${kib(bundle.bytes)} (source map ${kib(bundle.sourceMapBytes)}), ${bundle.inputs.length} inputs\n`,
  );
}
if (values.zip !== undefined) {
  // Relative to where the command was started: ask-cli passes an absolute path anyway.
  const zipFile = resolve(values.zip);
  mkdirSync(dirname(zipFile), { recursive: true });
  zipFolder(outDir, zipFile);
  process.stdout.write(`${zipFile}\n`);
}
