import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** One file of the Lambda code: its source entry and the handlers the template points at. */
export interface LambdaBundle {
  /** The bundle's file name without `.js`: the part of a Lambda `Handler` before the dot. */
  name: string;
  /** The TypeScript entry, relative to the project root. */
  entry: string;
}

/**
 * What `npm run build` bundles. Every entry of the design (`handler`, `goalEventHandler`, …) is
 * exported from `lambda/src/index.ts`, so one bundle serves every function of the stack, each
 * with its own `Handler` (`index.handler`, `index.goalEventHandler`, …).
 */
export const LAMBDA_BUNDLES: readonly LambdaBundle[] = [{ name: 'index', entry: 'lambda/src/index.ts' }];

/** Where `npm run build` writes the bundles, relative to the project root (gitignored). */
export const LAMBDA_BUILD_DIR = 'dist/lambda';

/** A bundle written to disk. */
export interface BuiltBundle {
  name: string;
  file: string;
  bytes: number;
  sourceMapBytes: number;
  /** Every input file esbuild took into the bundle, relative to the project root. */
  inputs: string[];
}

/**
 * Bundles each Lambda entry: minified, tree-shaken, with a source map, for Node 20 and later.
 * CommonJS, because the Lambda runtime loads `index.js` as CommonJS when the archive holds no
 * `package.json`, and the CommonJS dependencies (ASK SDK) keep their `require` calls working.
 * The output folder is emptied first, so nothing stale ships.
 */
export async function buildLambdaBundles(projectRoot: string, outDir: string): Promise<BuiltBundle[]> {
  const out = resolve(projectRoot, outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Says CommonJS out loud: Node would otherwise take the type of the nearest package.json
  // (this project's `"type": "module"`) when the bundle runs locally in tests and benchmarks.
  writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
  const built: BuiltBundle[] = [];
  for (const bundle of LAMBDA_BUNDLES) {
    const file = join(out, `${bundle.name}.js`);
    const result = await build({
      absWorkingDir: projectRoot,
      entryPoints: [bundle.entry],
      outfile: file,
      bundle: true,
      minify: true,
      treeShaking: true,
      sourcemap: 'linked',
      // Stack traces only need the mappings; the sources themselves would triple the archive.
      sourcesContent: false,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      legalComments: 'none',
      metafile: true,
      logLevel: 'warning',
    });
    built.push({
      name: bundle.name,
      file,
      bytes: statSync(file).size,
      sourceMapBytes: statSync(`${file}.map`).size,
      inputs: Object.keys(result.metafile.inputs),
    });
  }
  return built;
}
