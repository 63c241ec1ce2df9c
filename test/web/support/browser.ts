import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium, used when installed (`apt-get install chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Set (to anything), Debian's Chromium is ignored even when installed: `.ci/run` runs the
 * browser tests once more this way, as on a fresh clone with only Node and a Java runtime.
 */
export const HIDE_SYSTEM_CHROMIUM = 'BABYFOOT_HIDE_SYSTEM_CHROMIUM';

const DEBIAN_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Which Chromium the tests drive (nothing is ever downloaded): Debian's when present, else the
 * one `@sparticuz/chromium` ships inside its npm tarball (brotli-compressed; `executablePath()`
 * unpacks it into the temp folder), launched with that package's own arguments. It needs
 * libnss3, which a Java runtime (for DynamoDB Local) already brings.
 */
export async function chromiumToLaunch(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ source: 'debian' | 'npm'; executablePath: () => Promise<string>; args: string[] }> {
  if (env[HIDE_SYSTEM_CHROMIUM] === undefined && existsSync(CHROMIUM))
    return { source: 'debian', executablePath: async () => CHROMIUM, args: DEBIAN_ARGS };
  const { default: bundled } = await import('@sparticuz/chromium');
  return { source: 'npm', executablePath: () => bundled.executablePath(), args: bundled.args };
}

/** A headless Chromium on a fresh profile; `close()` also deletes the profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const chosen = await chromiumToLaunch();
  const executablePath = await chosen.executablePath();
  const profile = await mkdtemp(join(tmpdir(), 'babyfoot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chosen.args,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
