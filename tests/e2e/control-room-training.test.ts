/**
 * Training mode drives the control room: with simulated calls at 600× real time (ten simulated
 * minutes a second) and the autopilot taking calls nobody grades, a controller who does nothing
 * sees calls arrive in the queue (announced in the live region), get graded and have units sent —
 * the queue visibly moves. Screenshot: test-results/screenshots/control-room-training.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, login, saveScreenshot, startPeelUnderTest, type PeelUnderTest, type TestBrowser } from './harness';

let peel: PeelUnderTest;
let browser: TestBrowser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  [peel, browser] = await Promise.all([startPeelUnderTest({ training: { speed: 600, autopilotAfterMinutes: 2 } }), launchBrowser()]);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`);
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await peel?.close();
});

describe('control room in training mode', () => {
  it('moves by itself: calls arrive and are announced, are graded, and units are sent', async () => {
    await login(page, 'controller', '/control-room');
    await page.getByRole('heading', { level: 1, name: 'Control room' }).waitFor();
    const queue = page.getByRole('region', { name: 'Incident queue' });
    // A new call is announced in the live region, without anyone touching the page.
    await page.getByRole('status').filter({ hasText: /Latest: .*(New incident|new incidents)/ }).waitFor({ timeout: 60_000 });
    // The autopilot grades calls and sends units: a graded group and a unit appear in the queue.
    await queue.getByRole('table').filter({ has: page.locator('caption', { hasText: /^Grade \d/ }) }).first().waitFor({ timeout: 60_000 });
    await queue.getByText(/^(Unit dispatched|Unit on scene)/).first().waitFor({ timeout: 60_000 });
    const rows = await queue.getByRole('row').count();
    expect(rows).toBeGreaterThan(1);
    await checkAccessibility(page, '/control-room in training mode');
    await saveScreenshot(page, 'control-room-training');
    expect(pageErrors).toEqual([]);
  });
});
