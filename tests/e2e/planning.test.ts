/**
 * The planning studio in a real browser, on the force `peel start` loads (Wiltshire's real ONS
 * boundaries and its latest month of crime when the shared data exists; else the synthetic demo
 * force, which has no boundaries): the demand map renders the boundaries (counted with MapLibre's
 * queryRenderedFeatures through the page's `data-rendered-features` hook, against the API's
 * features), the plan takes an override with a reason — refused without one — and the API has it
 * stored with who and why; the simulator runs on the plan; two scenarios are compared, and the
 * model with a what-if (abstraction at 40 %). axe on every
 * tab; screenshots in test-results/screenshots/planning-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, checkAccessibility, launchBrowser, login, saveScreenshot, startPeelUnderTest, type PeelUnderTest, type TestBrowser } from './harness';

let peel: PeelUnderTest;
let browser: TestBrowser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  [peel, browser] = await Promise.all([startPeelUnderTest(), launchBrowser()]);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`);
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await peel?.close();
});

/** A GET of the API as the analyst (2xx or it throws). */
async function api<T>(path: string): Promise<T> {
  return (await apiAs('analyst')).get<T>(path);
}

const tab = (name: string) => page.getByRole('navigation', { name: 'Planning studio' }).getByRole('link', { name, exact: true });

describe('planning studio', () => {
  it('shows demand on the force\'s real boundaries (map, hour-of-week table, hotspots)', async () => {
    await login(page, 'analyst', `/planning/demand?model=${peel.forceId}`);
    await page.getByRole('heading', { level: 1, name: 'Planning studio' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Demand' }).waitFor();
    const geography = await api<{ features: unknown[]; notes: string[] }>(`/api/planning/models/${peel.forceId}/geography?level=lsoa`);
    if (peel.realData) {
      // Wiltshire: 417 LSOAs (285 in Wiltshire, 132 in Swindon).
      expect(geography.features.length).toBe(417);
      const map = page.locator('.demand-map[data-rendered-features]');
      await map.waitFor({ timeout: 120_000 });
      await page.waitForFunction(() => Number(document.querySelector('.demand-map')?.getAttribute('data-rendered-features')) > 0, undefined, { timeout: 60_000 });
      const rendered = Number(await map.getAttribute('data-rendered-features'));
      process.stdout.write(`planning e2e: MapLibre rendered ${rendered} of ${geography.features.length} LSOA features\n`);
      expect(rendered).toBeGreaterThanOrEqual(Math.floor(geography.features.length * 0.95));
      expect(rendered).toBeLessThanOrEqual(geography.features.length);
      await page.getByRole('region', { name: /^Recorded crime by LSOA/ }).locator('canvas').waitFor();
      // The text alternative lists every LSOA.
      await page.getByText(`The map as a table: ${geography.features.length} LSOAs by recorded crime`).click();
      expect(await page.getByRole('table', { name: /^Recorded crime by LSOA/ }).locator('tbody tr').count()).toBe(geography.features.length);
    } else {
      expect(geography.features).toEqual([]);
      await page.getByText(/No LSOA boundaries are stored for this model/).waitFor();
    }
    await page.getByRole('table', { name: /^Crimes a week in each hour of the week/ }).waitFor();
    await page.getByRole('table', { name: /^Top \d+ LSOAs by recorded crime/ }).waitFor({ timeout: 60_000 });
    await checkAccessibility(page, '/planning/demand');
    await saveScreenshot(page, 'planning-demand');
    expect(pageErrors).toEqual([]);
  }, 240_000);

  it('opens the plan, refuses an override without a reason, and stores one with its reason', async () => {
    await tab('Plan').click();
    await page.getByRole('heading', { level: 2, name: 'Plan' }).waitFor();
    const table = page.getByRole('table', { name: /^Posts per team and role/ });
    await table.waitFor({ timeout: 180_000 });
    const cellSelect = page.getByLabel('Team and role');
    const firstCell = await cellSelect.locator('option').first().getAttribute('value');
    const [team, role] = firstCell!.split(':') as [string, string];

    await page.getByLabel('Posts to add (negative to take away)').fill('2');
    await page.getByRole('button', { name: 'Apply override' }).click();
    const reason = page.getByLabel(/^Reason \(required/);
    await page.locator('.field-error').filter({ hasText: /reason/i }).waitFor({ timeout: 60_000 });
    expect(await reason.getAttribute('aria-invalid')).toBe('true');

    const why = 'Night-time economy: two more posts at weekends (planning e2e)';
    await reason.fill(why);
    await page.getByRole('button', { name: 'Apply override' }).click();
    await page.getByRole('status').filter({ hasText: /^Override stored: \+2/ }).waitFor({ timeout: 180_000 });
    // The plan reloads with the override and its reason in the team's row.
    await page.locator(`tr[data-cell="${firstCell}"]`).getByText(why, { exact: false }).waitFor({ timeout: 180_000 });
    const stored = await api<{ overrides: { teamId: string; role: string; delta: number; reason: string; createdBy: string }[] }>(`/api/planning/models/${peel.forceId}/overrides`);
    expect(stored.overrides).toEqual([expect.objectContaining({ teamId: team, role, delta: 2, reason: why, createdBy: 'analyst' })]);
    await page.getByRole('heading', { name: 'On duty against required, by hour of the week' }).waitFor();
    await checkAccessibility(page, '/planning/plan');
    await saveScreenshot(page, 'planning-plan');
    expect(pageErrors).toEqual([]);
  }, 420_000);

  it('simulates the plan and shows KPIs with confidence intervals', async () => {
    await tab('Simulate').click();
    await page.getByRole('heading', { level: 2, name: 'Simulate' }).waitFor();
    await page.getByLabel(/^Days measured/).fill('1');
    await page.getByLabel(/^Replications/).fill('2');
    await page.getByRole('button', { name: 'Run the simulation' }).click();
    await page.getByRole('table', { name: /^Simulated measures/ }).waitFor({ timeout: 240_000 });
    const compliance = page.locator('tr[data-kpi="g1-compliance"] td');
    expect(await compliance.textContent()).toMatch(/^\d+\.\d % \(95 % CI \d+\.\d % to \d+\.\d %\)$/);
    await checkAccessibility(page, '/planning/simulate');
    await saveScreenshot(page, 'planning-simulate');
    expect(pageErrors).toEqual([]);
  }, 300_000);

  it('compares two scenarios side by side, and the model with a what-if', async () => {
    await tab('Compare scenarios').click();
    await page.getByRole('heading', { level: 2, name: 'Compare scenarios' }).waitFor();
    const models = await api<{ models: { id: string; scenarios: { id: string; name: string }[] }[] }>('/api/planning/models');
    const scenarios = models.models.find((model) => model.id === peel.forceId)!.scenarios;
    if (scenarios.length > 0) {
      await page.getByRole('table', { name: `Final posts per line: The model as written against ${scenarios[0]!.name}` }).waitFor({ timeout: 300_000 });
      await page.getByRole('heading', { name: 'Teams that change' }).waitFor();
    }
    // "What if abstraction fell to 40 %" (issue 5's example), against the model as written.
    const whatIf = page.locator('details.what-if', { hasText: 'Compare with a what-if…' });
    await whatIf.getByText('Compare with a what-if…').click();
    await whatIf.getByLabel('Abstraction at (per cent, in all)').fill('40');
    await whatIf.getByRole('button', { name: 'Compare with this abstraction' }).click();
    await page.getByRole('table', { name: 'Final posts per line: The model as written against What if abstraction were 40 %' }).waitFor({ timeout: 300_000 });
    await checkAccessibility(page, '/planning/compare');
    await saveScreenshot(page, 'planning-compare');
    expect(pageErrors).toEqual([]);
  }, 360_000);
});
