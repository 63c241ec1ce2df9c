import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleCard } from './support/board-skill';
import { launchChromium } from './support/browser';
import { type LiveStack, startLiveStack, tableShows } from './support/live-stack';

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);
/** The promise under test: the board shows a goal within a second of it. */
const WITHIN_A_SECOND = { timeout: 1000 };

let stack: LiveStack;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  browser = await launchChromium();
  stack = await startLiveStack('en-US');
  await mkdir(ARTIFACTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
}, 30_000);

function scoreOf(page: Page, thing: string, team: 'red' | 'blue', score: number) {
  return page.locator(`[data-thing="${thing}"] [data-score="${team}"]`, {
    hasText: new RegExp(`^${score}$`),
  });
}

describe('the live web scoreboard of npm start, in headless Chromium', () => {
  it('follows a match started by voice as goals land from the table, each within a second', async () => {
    await stack.say('ask baby foot to start a match to 3 between Alice and Bob');
    await tableShows(stack, /Alice 0 - 0 Bob/);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(stack.boardUrl);

    const table = page.locator(`[data-thing="${stack.thingName}"]`);
    await table.waitFor();
    expect(await table.locator('.names').allTextContents()).toEqual(['Alice', 'Bob']);
    expect(await table.locator('.state').textContent()).toBe('Playing');
    expect(await table.locator('.rules').textContent()).toBe('First to 3');
    await table
      .locator('.presence[data-connected="true"]', { hasText: 'Table online' })
      .waitFor(WITHIN_A_SECOND);
    await scoreOf(page, stack.thingName, 'red', 0).waitFor(WITHIN_A_SECOND);

    await stack.goal('red');
    await scoreOf(page, stack.thingName, 'red', 1).waitFor(WITHIN_A_SECOND);
    await stack.goal('blue');
    await scoreOf(page, stack.thingName, 'blue', 1).waitFor(WITHIN_A_SECOND);
    await stack.goal('red');
    await scoreOf(page, stack.thingName, 'red', 2).waitFor(WITHIN_A_SECOND);
    await table.locator('.banner', { hasText: 'Match point Red' }).waitFor(WITHIN_A_SECOND);

    await stack.reportSensors({ red: 'ok', blue: 'blocked' });
    await table
      .locator('.warning[data-sensor="blue"]', { hasText: "The blue goal's sensor looks blocked" })
      .waitFor(WITHIN_A_SECOND);
    await page.screenshot({ path: new URL('web-scoreboard-wall.png', ARTIFACTS).pathname, fullPage: true });

    await stack.reportSensors({ red: 'ok', blue: 'ok' });
    await stack.goal('red');
    await scoreOf(page, stack.thingName, 'red', 3).waitFor(WITHIN_A_SECOND);
    await table.locator('.banner', { hasText: 'Red wins!' }).waitFor(WITHIN_A_SECOND);
    expect(await table.getAttribute('data-state')).toBe('finished');
    expect(await table.locator('.warning').count()).toBe(0);
    await page.locator('#recent-list .result', { hasText: 'Alice 3 – 1 Bob' }).waitFor(WITHIN_A_SECOND);
    await page.locator('#rankings-table td.name', { hasText: 'Alice' }).waitFor(WITHIN_A_SECOND);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: new URL('web-scoreboard-phone.png', ARTIFACTS).pathname, fullPage: true });
    expect(pageErrors).toEqual([]);

    // The rankings open a player's page; from there, the ratings chart draws their line.
    await page.locator('#rankings-table td.name a', { hasText: 'Alice' }).click();
    await page.locator('h1', { hasText: 'Alice' }).waitFor(WITHIN_A_SECOND);
    expect(await page.locator('dd').first().textContent()).toBe('1');
    await page.locator('a', { hasText: 'Ratings over time' }).click();
    // One match each so far: a marker each, on a line of one vertex.
    await page.locator('svg circle').first().waitFor(WITHIN_A_SECOND);
    expect(await page.locator('svg polyline').count()).toBe(2);
    expect(await page.locator('svg circle').count()).toBe(2);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: new URL('web-ratings-wall.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  }, 60_000);

  it('opens the link sent on the card, and shows a plain message once it is revoked by voice', async () => {
    const asked = await stack.say('ask baby foot to send me the scoreboard link');
    const card = simpleCard(asked.response.response?.card);
    const link = /http:\/\/127\.0\.0\.1:\d+\/b\/[\w-]{43}/.exec(card?.content ?? '')?.[0];
    if (!link) throw new Error(`No link on the card: ${JSON.stringify(card)}`);
    expect(link.startsWith(stack.boardUrl)).toBe(true);
    await stack.say('ask baby foot to start a match between Carole and David');
    await tableShows(stack, /Carole 0 - 0 David/);
    const page = await browser.context.newPage();
    await page.goto(link);
    await scoreOf(page, stack.thingName, 'blue', 0).waitFor(WITHIN_A_SECOND);

    await stack.goal('blue');
    await scoreOf(page, stack.thingName, 'blue', 1).waitFor(WITHIN_A_SECOND);
    await stack.say('ask baby foot to revoke the scoreboard link');
    await stack.goal('blue');

    await page
      .locator('.revoked', { hasText: 'This scoreboard link does not work' })
      .waitFor(WITHIN_A_SECOND);
    expect(await page.locator('[data-thing]').count()).toBe(0);
    const reopened = await fetch(link);
    expect(reopened.status).toBe(404);
    expect(await reopened.text()).toMatch(/revoked, or never existed/);
    await page.close();
  }, 60_000);
});
