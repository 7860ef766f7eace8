/**
 * The performance dashboard in a real browser: operations data recorded through the API first (an
 * emergency attended by a unit on duty, and an advice-only call), then an analyst opens the
 * dashboard with a before/after day, sees the API's headline figures on the page, passes axe, is
 * photographed, and downloads the progress report, whose text (pdftotext) carries the same
 * headline figures. Screenshot: test-results/screenshots/dashboard.png.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headlineFigureColumn, reportText } from '../../apps/server/src/routes/performance/testing/report-text';
import { seedIncident, type SeedHttp } from '../../apps/server/src/routes/performance/testing/seed-operations';
import { checkAccessibility, launchBrowser, login, saveScreenshot, startPeelUnderTest, type PeelUnderTest, type TestBrowser } from './harness';

let peel: PeelUnderTest;
let browser: TestBrowser;
let page: Page;
let downloads: string;
const pageErrors: string[] = [];

/** Today in London: the comparison day (everything recorded by this test is on or after it). */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

async function signIn(username: string): Promise<string> {
  const response = await fetch(`${peel.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: peel.password }) });
  if (!response.ok) throw new Error(`signing in as ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

function httpWith(token: string): SeedHttp {
  return async (method, url, body) => {
    const response = await fetch(`${peel.url}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
}

interface Figure {
  id: string;
  display: string;
}

beforeAll(async () => {
  [peel, browser] = await Promise.all([startPeelUnderTest(), launchBrowser()]);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`);
  });
  downloads = mkdtempSync(path.join(tmpdir(), 'peel-e2e-report-'));
  // Operations data through the API, as a controller: an emergency attended by a PC unit already on
  // duty (at its position, so the incident is in the unit's area) and an advice-only call.
  const controller = httpWith(await signIn('controller'));
  const board = (await controller('GET', '/api/units')).body as { units: { id: string; status: string; crewRoles: string[]; position: { lat: number; lon: number } | null }[] };
  const unit = board.units.find((candidate) => candidate.status === 'available' && candidate.position !== null && candidate.crewRoles.includes('PC'));
  if (!unit?.position) throw new Error(`no available PC unit with a position on the board of ${peel.forceId}`);
  await seedIncident(controller, { location: unit.position, kind: 'emergency', unit: { id: unit.id }, steps: { assign: 0, enRoute: 0, onScene: 0, clear: 0 } });
  await seedIncident(controller, { location: unit.position, kind: 'advice' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await peel?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

async function apiHeadlines(): Promise<Figure[]> {
  const analyst = httpWith(await signIn('analyst'));
  const response = await analyst('GET', `/api/performance/measures?before=${today}`);
  expect(response.status).toBe(200);
  return (response.body as { headlines: Figure[] }).headlines;
}

describe('performance dashboard', () => {
  it('shows the figures the API gives for what was recorded, with before/after, accessibly', async () => {
    await login(page, 'analyst', `/dashboard?before=${today}`);
    await page.getByRole('heading', { level: 1, name: 'Performance dashboard' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Headline figures' }).waitFor();
    const headlines = await apiHeadlines();
    // There is data behind the figures: the attended emergency gives an attendance rate.
    const attended = headlines.filter((figure) => figure.id.startsWith('attendance-') && figure.display !== 'no data');
    expect(attended.length, JSON.stringify(headlines)).toBeGreaterThan(0);
    for (const figure of headlines) {
      await expect(page.locator(`[data-measure="${figure.id}"] .headline-value`).textContent(), figure.id).resolves.toBe(figure.display);
    }
    await page.getByRole('heading', { level: 2, name: /^Before and after / }).waitFor();
    await page.getByRole('table', { name: /^Before and after / }).waitFor();
    await page.locator('.chart-figure canvas').first().waitFor();
    await checkAccessibility(page, '/dashboard');
    await saveScreenshot(page, 'dashboard');
    expect(pageErrors).toEqual([]);
  });

  it('downloads the progress report, whose headline figures are the API\'s (pdftotext)', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download progress report (PDF)' }).click()]);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^peel-progress-report-${peel.forceId}-force-\\d{4}-\\d{2}-\\d{2}-to-${today}\\.pdf$`));
    await page.getByRole('status').filter({ hasText: `Downloaded ${download.suggestedFilename()}` }).waitFor();
    const text = reportText(file);
    expect(text).toContain(peel.forceName);
    expect(text).toContain('Performance progress report');
    expect(text).toContain('Headline figures');
    expect(text).toMatch(/Before and after \d{1,2} \w+ \d{4}/);
    // The headline table prints the API's figures, row for row.
    expect(headlineFigureColumn(text)).toBe((await apiHeadlines()).map((figure) => figure.display).join(' '));
    expect(pageErrors).toEqual([]);
  });
});
