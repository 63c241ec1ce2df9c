import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium: the only browser these tests use (nothing is ever downloaded). */
export const CHROMIUM = '/usr/bin/chromium';

export class ChromiumMissingError extends Error {
  constructor() {
    super(
      `The web scoreboard tests need Debian's Chromium at ${CHROMIUM}. Install it with ` +
        '"sudo apt-get install -y chromium" (.ci/run does it in CI).',
    );
    this.name = 'ChromiumMissingError';
  }
}

/** A headless Chromium on a fresh profile; `close()` also deletes the profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new ChromiumMissingError();
  const profile = await mkdtemp(join(tmpdir(), 'babyfoot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
