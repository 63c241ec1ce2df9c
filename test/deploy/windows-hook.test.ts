import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/stack-template';

const hooks = join(PROJECT_ROOT, 'hooks');

describe('the ask deploy build hook on every OS', () => {
  it('has hooks/build.ps1 beside build.sh (ask-cli runs build.ps1 on win32), building the same bundle', () => {
    // ask-cli's custom build flow: `process.platform === "win32" ? "build.ps1" : "build.sh"`.
    const askFlow = join(
      PROJECT_ROOT,
      'node_modules',
      'ask-cli',
      'dist',
      'lib',
      'builtins',
      'build-flows',
      'custom.js',
    );
    if (existsSync(askFlow)) expect(readFileSync(askFlow, 'utf8')).toContain('"build.ps1" : "build.sh"');
    const sh = readFileSync(join(hooks, 'build.sh'), 'utf8');
    const ps1 = readFileSync(join(hooks, 'build.ps1'), 'utf8');
    expect(sh).toContain('npm run --silent build -- --zip "$zip_file"');
    // The zip file is its first argument, as ask-cli passes it; npm's exit code is the hook's.
    expect(ps1).toMatch(/param\(\s*\[Parameter\(Mandatory = \$true\)\]\[string\]\$ZipFile/);
    expect(ps1).toContain('npm run --silent build -- --zip $ZipFile');
    expect(ps1).toContain("Set-Location (Join-Path $PSScriptRoot '..')");
    expect(ps1).toContain('exit $LASTEXITCODE');
  });
});
