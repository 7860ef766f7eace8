/**
 * Problem-solving in a real browser: a PCSO opens a problem profile in a ward of the force, moves
 * it from scanning to analysis with a note, gives a partner agency a task (due by the partner's
 * SLA in working days, or a set date when it has none) and sees it listed; the top issues per
 * ward count an incident recorded in the control room. axe passes; screenshots:
 * test-results/screenshots/neighbourhoods*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, checkAccessibility, launchBrowser, login, saveScreenshot, startPeelUnderTest, type PeelUnderTest, type TestBrowser } from './harness';

let peel: PeelUnderTest;
let browser: TestBrowser;
let page: Page;
const pageErrors: string[] = [];

interface Ward {
  properties: { code: string; name: string };
}

beforeAll(async () => {
  [peel, browser] = await Promise.all([startPeelUnderTest(), launchBrowser()]);
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

describe('neighbourhoods', () => {
  it('opens a problem profile, moves it to analysis, gives a partner a task, and ranks a ward’s issues', async () => {
    // An anti-social behaviour incident recorded in the control room, where a unit stands (inside the force).
    const controller = await apiAs('controller');
    const { units } = await controller.get<{ units: { position: { lat: number; lon: number } | null }[] }>('/api/units');
    const position = units.find((unit) => unit.position)?.position;
    if (!position) throw new Error('no unit with a position: the harness books units at start');
    await controller.post('/api/incidents', {
      channelId: '101',
      caller: { name: 'Chris Neighbour', phone: '07700 900654' },
      location: { ...position, description: 'Skate park' },
      incidentType: { code: 'asb-nuisance' },
      description: 'Youths shouting and throwing bottles at the skate park',
    });
    const pcso = await apiAs('pcso');
    const reference = await pcso.get<{ partners: { id: string; name: string; slaResponseWorkingDays: number | null }[] }>('/api/control-room/reference');
    const { features } = await pcso.get<{ features: Ward[] }>('/api/control-room/boundaries');
    const ward = [...features].sort((a, b) => a.properties.name.localeCompare(b.properties.name))[0]!.properties;

    await login(page, 'pcso', '/neighbourhoods');
    await page.getByRole('heading', { level: 1, name: 'Neighbourhoods' }).waitFor();
    // The incident's ward lists it among its issues (an ASB incident counts as its NSIR code).
    await page.getByRole('region', { name: 'Top issues per ward (scrolls)' }).getByRole('rowheader', { name: /ASB — nuisance|Anti-social behaviour/ }).first().waitFor();

    await page.getByText('Open a problem profile', { exact: true }).click();
    await page.getByLabel('Title', { exact: true }).fill('Bottles thrown at the skate park');
    await page.getByLabel('Issue', { exact: true }).selectOption('anti-social-behaviour');
    await page.getByLabel('Place', { exact: true }).fill('Skate park by the leisure centre');
    await page.getByLabel('Ward', { exact: true }).selectOption(ward.code);
    await page.getByRole('button', { name: 'Open the problem profile' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bottles thrown at the skate park' }).waitFor();
    await page.getByRole('definition').filter({ hasText: ward.name }).waitFor();

    await page.getByLabel('Move to', { exact: true }).selectOption('analysis');
    await page.getByLabel('Note (optional)').fill('Worst on Friday evenings');
    await page.getByRole('button', { name: 'Move the problem' }).click();
    await page.getByRole('status').filter({ hasText: 'Moved to Analysis' }).waitFor();
    await page.getByText('Scanning → Analysis: “Worst on Friday evenings”').waitFor();

    const partner = reference.partners.find((item) => item.slaResponseWorkingDays !== null) ?? reference.partners[0]!;
    await page.getByLabel('Task', { exact: true }).fill('Repair the lighting by the ramps');
    await page.getByLabel('Partner agency', { exact: true }).selectOption(partner.id);
    if (partner.slaResponseWorkingDays === null) {
      const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel('Due date').fill(due);
    }
    await page.getByRole('button', { name: 'Give the task' }).click();
    await page.getByRole('status').filter({ hasText: 'Task given, due by the end of' }).waitFor();
    const task = page.getByRole('table').filter({ hasText: 'Repair the lighting by the ramps' }).getByRole('row').filter({ hasText: partner.name });
    await task.waitFor();
    if (partner.slaResponseWorkingDays !== null) await task.getByText(`SLA: ${partner.slaResponseWorkingDays} working days`).waitFor();
    await checkAccessibility(page, '/neighbourhoods with a problem open');
    await saveScreenshot(page, 'neighbourhoods');

    const problems = await pcso.get<{ problems: { title: string; stage: string; openTasks: number }[] }>('/api/problems');
    expect(problems.problems.find((problem) => problem.title === 'Bottles thrown at the skate park')).toMatchObject({ stage: 'analysis', openTasks: 1 });
    expect(pageErrors).toEqual([]);
  });
});
