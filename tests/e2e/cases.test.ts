/**
 * Case work in a real browser: an investigator opens a case from a crime incident, sees it in
 * "my cases" and the Victims' Code update due after an arrest, reads the case only after giving a
 * reason, tries to finalise it as "charged" with no suspect and sees the outcome rule's error at
 * the suspect field, names the suspect and finalises it; a second case is handed to a response
 * officer with a reason and the handoff counted. axe passes on each state; screenshots:
 * test-results/screenshots/cases*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, checkAccessibility, launchBrowser, login, saveScreenshot, startPeelUnderTest, type PeelUnderTest, type TestBrowser } from './harness';

let peel: PeelUnderTest;
let browser: TestBrowser;
let page: Page;
const pageErrors: string[] = [];

/** A crime incident recorded by a controller beside a unit on duty (so inside the force); its id. */
async function crimeIncident(): Promise<string> {
  const controller = await apiAs('controller');
  const { units } = await controller.get<{ units: { position: { lat: number; lon: number } | null }[] }>('/api/units');
  const position = units.find((unit) => unit.position)?.position;
  if (!position) throw new Error('no unit with a position: the harness books units at start');
  const incident = await controller.post<{ id: string }>('/api/incidents', {
    channelId: '101',
    caller: { name: 'Pat Victim', phone: '07700 900321' },
    location: { lat: position.lat + 0.003, lon: position.lon, description: '4 Mill Lane' },
    incidentType: { code: 'crime', policeUkCategory: 'burglary' },
    description: 'House burgled overnight; the neighbour saw a man leave',
  });
  return incident.id;
}

const shortRef = (id: string) => (/^[a-z]+-([0-9a-f]{8})-/i.exec(id)?.[1] ?? id).toUpperCase();

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

describe('cases', () => {
  let caseId = '';

  it('opens a case from a crime incident and lists it, with the Victims’ Code update due after an arrest', async () => {
    const incidentId = await crimeIncident();
    await login(page, 'investigator', '/cases');
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.getByText('Open a case from a crime incident', { exact: true }).click();
    await page.getByLabel('Incident reference').fill(incidentId);
    await page.getByRole('button', { name: 'Open the case' }).click();
    // Opening it opens it: the read of a case asks why.
    const dialog = page.getByRole('dialog', { name: 'Why do you need this personal data?' });
    await dialog.waitFor();
    await checkAccessibility(page, 'case justification');
    await dialog.getByLabel('Reason').fill('Investigating the burglary I was allocated');
    await dialog.getByRole('button', { name: 'Read and record my reason' }).click();
    const heading = page.getByRole('heading', { level: 2, name: /^Case / });
    await heading.waitFor();
    caseId = (await page.getByRole('definition').first().textContent()) ?? '';
    expect(caseId).toMatch(/^case-/);
    await page.getByRole('button', { name: `Open case ${shortRef(caseId)}` }).first().waitFor();

    // A victim with an arrest (through the API): a duty to tell them within 5 working days.
    const investigator = await apiAs('investigator');
    const { suspect } = await investigator.post<{ suspect: { id: string } }>(`/api/cases/${caseId}/suspects`, { name: 'Sam Suspect', dateOfBirth: '1990-04-01' });
    await investigator.post(`/api/cases/${caseId}/victims`, { name: 'Pat Victim', channel: 'phone' });
    await investigator.post(`/api/cases/${caseId}/events`, { kind: 'arrest', suspectId: suspect.id });
    const worklist = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Due by the end of' }) });
    await worklist.getByRole('row').filter({ hasText: 'Tell the victim of an event' }).filter({ hasText: 'arrest' }).waitFor({ timeout: 15_000 });
    await checkAccessibility(page, '/cases with a case open');
    await saveScreenshot(page, 'cases');
  });

  it('shows the outcome rule’s error at the field it names, then finalises with a named suspect', async () => {
    // The suspect was named through the API after the case was read: reopen it to see them.
    await page.getByRole('button', { name: `Close case ${shortRef(caseId)}` }).click();
    await page.getByRole('button', { name: `Open case ${shortRef(caseId)}` }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Read and record my reason' }).click();
    await page.getByText('Sam Suspect').first().waitFor();

    await page.getByLabel('Home Office outcome type').selectOption('1');
    await page.getByRole('button', { name: 'Record the outcome and finalise' }).click();
    const suspectField = page.getByLabel('Suspect', { exact: true });
    await page.getByText("outcome 1 requires a named suspect: 'suspectId' is missing").waitFor();
    await expect(suspectField.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await suspectField.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).resolves.toContain('requires a named suspect');
    await checkAccessibility(page, 'outcome error');
    await saveScreenshot(page, 'cases-outcome-error');

    await suspectField.selectOption({ label: 'Sam Suspect (born 1990-04-01)' });
    await page.getByRole('button', { name: 'Record the outcome and finalise' }).click();
    await page.getByRole('status').filter({ hasText: 'Finalised with outcome 1' }).waitFor();
  });

  it('hands a case to another officer with a reason, and counts the handoff', async () => {
    const officer = await apiAs('response-officer');
    const investigator = await apiAs('investigator');
    const second = await investigator.post<{ id: string }>('/api/cases', { incidentId: await crimeIncident() });
    await page.getByRole('button', { name: `Open case ${shortRef(second.id)}` }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Read and record my reason' }).click();
    await page.getByRole('heading', { level: 2, name: `Case ${shortRef(second.id)}` }).waitFor();
    await page.getByRole('button', { name: 'Hand the case on' }).click();
    await page.getByText('Say why the case changes hands').waitFor();
    await page.getByLabel('New owner (user id)').fill(officer.id);
    await page.getByLabel('Reason for the handoff').fill('The suspect lives on the response officer’s beat');
    await page.getByRole('button', { name: 'Hand the case on' }).click();
    await page.getByRole('status').filter({ hasText: 'handoff 1 of this case' }).waitFor();
    const handed = await officer.get<{ cases: { id: string; handoffCount: number }[] }>('/api/cases/mine');
    expect(handed.cases.find((item) => item.id === second.id)).toMatchObject({ handoffCount: 1 });
    await saveScreenshot(page, 'cases-handoff');
    expect(pageErrors).toEqual([]);
  });
});
