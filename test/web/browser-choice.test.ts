import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../deploy/support/stack-template';
import { CHROMIUM, chromiumToLaunch, HIDE_SYSTEM_CHROMIUM } from './support/browser';

describe('the Chromium the browser tests drive', () => {
  it('is the one @sparticuz/chromium ships in its npm tarball when Debian’s is hidden or absent', async () => {
    const chosen = await chromiumToLaunch({ [HIDE_SYSTEM_CHROMIUM]: '1' });
    expect(chosen.source).toBe('npm');
    // The binary is in the package itself (no download); launchChromium unpacks it when it starts one.
    expect(
      existsSync(join(PROJECT_ROOT, 'node_modules', '@sparticuz', 'chromium', 'bin', 'chromium.br')),
    ).toBe(true);
    expect(chosen.args).toContain('--no-sandbox');
  });

  it('is Debian’s when it is installed and not hidden', async () => {
    const chosen = await chromiumToLaunch({});
    expect(chosen.source).toBe(existsSync(CHROMIUM) ? 'debian' : 'npm');
  });
});
