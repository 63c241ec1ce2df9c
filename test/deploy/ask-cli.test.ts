import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, readAskResources } from './support/stack-template';
import { readZip } from './support/zip-reader';

describe('ask deploy, up to the calls that need an AWS account', () => {
  it('starts: the ask-cli of the devDependencies answers --version', () => {
    const version = execFileSync(join(PROJECT_ROOT, 'node_modules/.bin/ask'), ['--version'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(version.trim()).toBe('2.30.7');
  });

  it('uses the cfn-deployer on the template, with the skill entry of the bundle', () => {
    const { code, skillInfrastructure } = readAskResources().profiles.default;
    expect(skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(skillInfrastructure.userConfig).toMatchObject({ runtime: 'nodejs22.x', handler: 'index.handler' });
    // ask-cli copies code.default.src next to its build; it must exist even though the hook builds from the root.
    accessSync(join(PROJECT_ROOT, code.default.src), constants.R_OK);
  });

  it('gets the bundle from hooks/build.sh, called the way ask-cli calls it', () => {
    const hook = join(PROJECT_ROOT, 'hooks', 'build.sh');
    accessSync(hook, constants.X_OK);
    // ask-cli runs `<hook> "<zip>" <debug>` from its copy of the code folder, not from the root.
    const workDir = mkdtempSync(join(tmpdir(), 'babyfoot-hook-'));
    try {
      const zipFile = join(workDir, 'build.zip');
      execFileSync(hook, [zipFile, 'false'], { cwd: workDir, stdio: 'pipe' });
      const names = readZip(zipFile).map((file) => file.name);
      expect(names).toEqual(expect.arrayContaining(['index.js', 'index.js.map', 'package.json']));
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }, 60_000);
});
