import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltBundle, buildLambdaBundles } from '../../scripts/deploy/lambda-bundle';
import { filesUnder, zipFolder } from '../../scripts/deploy/zip-folder';
import {
  PROJECT_ROOT,
  readAskResources,
  readStackTemplate,
  resolveString,
  resourcesOfType,
} from './support/stack-template';
import { readZip } from './support/zip-reader';

const workDir = mkdtempSync(join(tmpdir(), 'babyfoot-bundle-'));
const outDir = join(workDir, 'lambda');
let built: BuiltBundle[] = [];

/** Every `file.export` handler the stack's functions name, with ask-cli's parameters filled in. */
function handlersOfTemplate(): string[] {
  const { userConfig } = readAskResources().profiles.default.skillInfrastructure;
  const context = {
    region: userConfig.awsRegion,
    accountId: '123456789012',
    parameters: { LambdaHandler: userConfig.handler },
  };
  return resourcesOfType(readStackTemplate(), 'AWS::Lambda::Function').map((fn) =>
    String(resolveString(fn.Properties.Handler, context)),
  );
}

/** What a fresh Node process sees when it loads the bundle the way the Lambda runtime does. */
function exportsOfBundle(file: string): Record<string, string> {
  const script = `const m = require(${JSON.stringify(file)});
    process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v]))));`;
  const output = execFileSync(process.execPath, ['-e', script], {
    env: { PATH: process.env.PATH, TABLE_NAME: 'babyfoot-bundle-test', AWS_REGION: 'eu-west-1' },
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

beforeAll(async () => {
  built = await buildLambdaBundles(PROJECT_ROOT, outDir);
}, 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('npm run build', () => {
  it('exports, from a file of the bundle, every handler the template names', () => {
    const handlers = handlersOfTemplate();
    expect(handlers).toContain('index.handler');
    for (const handler of handlers) {
      const [file = '', name = ''] = handler.split('.');
      expect(
        built.map((b) => b.name),
        handler,
      ).toContain(file);
      expect(exportsOfBundle(join(outDir, `${file}.js`))[name], handler).toBe('function');
    }
  });

  it('holds no AWS SDK v2, only v3 clients', () => {
    for (const bundle of built) {
      expect(bundle.inputs.filter((input) => /node_modules\/aws-sdk\//.test(input))).toEqual([]);
      expect(bundle.inputs.some((input) => input.includes('node_modules/@aws-sdk/client-dynamodb/'))).toBe(
        true,
      );
      expect(readFileSync(bundle.file, 'utf8')).not.toMatch(/require\(["']aws-sdk["']\)/);
    }
  });

  it('is minified, with a linked source map', () => {
    for (const bundle of built) {
      const code = readFileSync(bundle.file, 'utf8');
      // Minifying renames the module-level functions that the entry does not export.
      for (const internal of ['createBackend', 'createGoalEventHandler', 'readConfig']) {
        expect(code, internal).not.toMatch(new RegExp(`function ${internal}\\b`));
      }
      expect(code.trimEnd().endsWith(`//# sourceMappingURL=${bundle.name}.js.map`)).toBe(true);
      const map = JSON.parse(readFileSync(`${bundle.file}.map`, 'utf8'));
      expect(map.sources.some((source: string) => source.endsWith('lambda/src/index.ts'))).toBe(true);
      expect(map.names).toEqual(expect.arrayContaining(['createBackend']));
    }
  });

  it('zips into an archive holding every built file, readable by the Lambda runtime', () => {
    const zipFile = join(workDir, 'build.zip');
    zipFolder(outDir, zipFile);
    const files = readZip(zipFile);
    expect(files.map((f) => f.name)).toEqual(filesUnder(outDir));
    expect(files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['index.js', 'index.js.map', 'package.json']),
    );
    for (const file of files) {
      expect(file.content.equals(readFileSync(join(outDir, file.name))), file.name).toBe(true);
      expect(file.mode & 0o444, file.name).toBe(0o444);
    }
    // Same bundle, same archive: ask-cli then has nothing new to upload.
    const again = join(workDir, 'again.zip');
    zipFolder(outDir, again);
    expect(readFileSync(again).equals(readFileSync(zipFile))).toBe(true);
  });
});
