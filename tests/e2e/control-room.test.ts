/**
 * The control room in a real browser: a controller records an incident (placed by a click on the
 * map, then typed beside a unit), completes THRIVE+, accepts the suggested grade, routes it,
 * assigns the top recommendation with the keyboard and sees the unit's status change on the unit board and the timeline; a call recorded elsewhere
 * arrives in the queue by the live event stream and is announced; its caller's details are read
 * only after a justification; a unit taken by another controller meanwhile is reported plainly
 * (409 UNIT_UNAVAILABLE) and the recommendations refreshed. axe passes on each state; screenshots:
 * test-results/screenshots/control-room*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, checkAccessibility, launchBrowser, login, printLoadTime, saveScreenshot, startPeelUnderTest, type ApiAs, type PeelUnderTest, type TestBrowser } from './harness';

let peel: PeelUnderTest;
let browser: TestBrowser;
let page: Page;
let api: ApiAs;
const pageErrors: string[] = [];

interface BoardUnit {
  id: string;
  callSign: string;
  status: string;
  position: { lat: number; lon: number } | null;
}

/** A point beside an available unit: inside the force, with a unit near enough to recommend. */
async function pointNearAUnit(): Promise<{ lat: number; lon: number }> {
  const { units } = await api.get<{ units: BoardUnit[] }>('/api/units');
  const unit = units.find((candidate) => candidate.status === 'available' && candidate.position);
  if (!unit?.position) throw new Error('no available unit with a position: the harness books units at start');
  return { lat: unit.position.lat + 0.002, lon: unit.position.lon + 0.002 };
}

const THRIVE = { threat: 'high', harm: 'high', risk: 'high', investigation: 'medium', vulnerability: 'medium', engagement: 'low' } as const;

/** Records a graded, routed emergency through the API (another call handler's work); returns its id. */
async function emergencyRecordedElsewhere(): Promise<string> {
  const created = await api.post<{ id: string }>('/api/incidents', {
    channelId: '999',
    caller: { name: 'Alex Elsewhere', phone: '07700 900777' },
    location: { ...(await pointNearAUnit()), description: '12 Station Road' },
    incidentType: { code: 'crime', policeUkCategory: 'robbery' },
    description: 'Street robbery, suspect still nearby',
  });
  return created.id;
}

async function gradeAndRoute(incidentId: string): Promise<void> {
  const factors = Object.fromEntries(Object.entries(THRIVE).map(([factor, rating]) => [factor, { rating, rationale: `${factor}: from the API` }]));
  const assessed = await api.post<{ assessment: { suggestion: { grade: number } } }>(`/api/incidents/${incidentId}/assessments`, { factors });
  await api.post(`/api/incidents/${incidentId}/grade`, { grade: assessed.assessment.suggestion.grade });
  await api.post(`/api/incidents/${incidentId}/route`, {});
}

/** The unit board's row of `callSign`. */
const unitRow = (callSign: string): Locator => page.getByRole('region', { name: 'Units on duty (scrolls)' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${callSign}\\b`) }) });

beforeAll(async () => {
  [peel, browser] = await Promise.all([startPeelUnderTest(), launchBrowser()]);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`);
  });
  api = await apiAs('controller');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await peel?.close();
});

describe('control room', () => {
  it('shows the queue, the unit board and the map of the force’s wards, accessibly', async () => {
    await login(page, 'controller', '/control-room');
    await printLoadTime(page, 'control room', () => page.getByRole('heading', { level: 2, name: 'Unit board' }).waitFor());
    await page.getByRole('heading', { level: 1, name: 'Control room' }).waitFor();
    await page.getByRole('region', { name: 'Units on duty (scrolls)' }).getByRole('row').nth(1).waitFor();
    await page.getByRole('region', { name: /^Map of open incidents and units/ }).locator('canvas').waitFor();
    await checkAccessibility(page, '/control-room');
    await saveScreenshot(page, 'control-room');
  });

  it('records an incident, completes THRIVE+, accepts the grade, assigns the top recommendation by keyboard and sees the unit move', async () => {
    const point = await pointNearAUnit();
    await page.getByRole('button', { name: 'New incident' }).click();
    await page.getByRole('heading', { level: 2, name: 'New incident' }).waitFor();
    // A click on the map places the incident (keyboard users type the coordinates instead).
    await page.getByRole('region', { name: /^Map of open incidents/ }).locator('canvas').click();
    await expect(page.getByLabel('Latitude').inputValue()).resolves.toMatch(/^-?\d+\.\d{5}$/);
    await expect(page.getByLabel('Longitude').inputValue()).resolves.toMatch(/^-?\d+\.\d{5}$/);
    await page.getByLabel('Channel', { exact: true }).selectOption('999');
    await page.getByLabel("Caller's name").fill('Jo Bloggs');
    await page.getByLabel("Caller's phone").fill('07700 900456');
    await page.getByLabel('Latitude').fill(point.lat.toFixed(5));
    await page.getByLabel('Longitude').fill(point.lon.toFixed(5));
    await page.getByLabel('Crime category (data.police.uk)').selectOption('violent-crime');
    await page.getByLabel('What was reported').fill('Man with a knife threatening shop staff');
    await checkAccessibility(page, '/control-room?new=1');
    await saveScreenshot(page, 'control-room-new-incident');
    await page.getByRole('button', { name: 'Record incident' }).click();

    const heading = page.getByRole('heading', { level: 2, name: /^Incident [0-9A-F]+$/ });
    await heading.waitFor();
    // Just recorded here: the caller's details are shown without a consultation.
    await page.getByText('Jo Bloggs, 07700 900456').waitFor();

    for (const [factor, rating] of Object.entries(THRIVE)) {
      const group = page.getByRole('group', { name: new RegExp(`^${factor} —`, 'i') });
      await group.getByLabel(rating, { exact: true }).check();
      await group.getByLabel(`Rationale for ${factor}`).fill(`${factor}: a knife was seen by the caller`);
    }
    await page.getByRole('button', { name: 'Record THRIVE+ assessment' }).click();
    await page.getByRole('status').filter({ hasText: 'THRIVE+ recorded: suggested grade 1' }).waitFor();
    // Focus moves on to the grade step.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H3' && document.activeElement.textContent === 'Grade');
    await page.getByText(/^Suggested grade 1/).waitFor();

    await page.getByRole('button', { name: 'Confirm grade 1' }).click();
    await page.getByRole('status').filter({ hasText: /^Graded 1/ }).waitFor();
    await page.getByRole('button', { name: 'Route by the force’s rules' }).click();
    await page.getByRole('status').filter({ hasText: /^Routed: deploy/ }).waitFor();

    const top = page.getByRole('list', { name: 'Recommended units, best first' }).getByRole('button', { name: /^Assign / }).first();
    const callSign = ((await top.textContent()) ?? '').replace(/^Assign /, '');
    expect(callSign.length).toBeGreaterThan(0);
    await checkAccessibility(page, 'incident routed, recommendations');
    await saveScreenshot(page, 'control-room-recommendations');
    await top.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `${callSign} assigned to` }).waitFor();

    // The board shows the unit dispatched; the controller books it en route, and the board and timeline follow.
    await unitRow(callSign).getByText('Dispatched', { exact: true }).waitFor();
    await unitRow(callSign).getByLabel(`Change status of ${callSign}`).selectOption('en-route');
    await unitRow(callSign).getByRole('button', { name: `Set status of ${callSign}` }).click();
    await unitRow(callSign).getByText('En route', { exact: true }).waitFor();
    await page.getByRole('list').filter({ hasText: `${callSign} dispatched` }).getByText(`${callSign} en route`).waitFor();
    const incidentId = (await page.getByRole('definition').first().textContent()) ?? '';
    const queued = await api.get<{ incidents: { id: string; state: string; target: { clock: string } }[] }>('/api/incidents');
    expect(queued.incidents.find((incident) => incident.id === incidentId)).toMatchObject({ state: 'dispatched', target: { clock: expect.any(String) } });
    await checkAccessibility(page, 'incident with a unit en route');
    await saveScreenshot(page, 'control-room-assigned');
  });

  it('brings a call recorded elsewhere into the queue by the live stream, announces it, and reads its caller only with a justification', async () => {
    const incidentId = await emergencyRecordedElsewhere();
    const short = incidentId.replace(/^incident-/, '').slice(0, 8).toUpperCase();
    await page.getByRole('status').filter({ hasText: `New incident ${short}` }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: `Open incident ${short}` }).click();
    await page.getByRole('heading', { level: 2, name: `Incident ${short}` }).waitFor();
    await page.getByRole('button', { name: 'Show the caller’s details and the report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Why do you need this personal data?' });
    await dialog.waitFor();
    await checkAccessibility(page, 'justification dialog');
    await dialog.getByLabel('Reason').fill('Dispatching to a robbery in progress');
    await dialog.getByRole('button', { name: 'Read and record my reason' }).click();
    await page.getByText('Alex Elsewhere, 07700 900777').waitFor();
  });

  it('says plainly when another controller took the unit first (409 UNIT_UNAVAILABLE) and refreshes the recommendations', async () => {
    const incidentId = await emergencyRecordedElsewhere();
    await gradeAndRoute(incidentId);
    const short = incidentId.replace(/^incident-/, '').slice(0, 8).toUpperCase();
    await page.getByRole('button', { name: `Open incident ${short}` }).click();
    const top = page.getByRole('list', { name: 'Recommended units, best first' }).getByRole('button', { name: /^Assign / }).first();
    await top.waitFor();
    const callSign = ((await top.textContent()) ?? '').replace(/^Assign /, '');
    // Another controller sends that unit to another call before this one clicks. The page would
    // hear of it by the live stream within a second and refresh its list; hold that refresh back so
    // the click races the other controller the way a real one does.
    const held: { continue(): Promise<void> }[] = [];
    await page.route('**/recommendations', (route) => void held.push(route));
    const { units } = await api.get<{ units: BoardUnit[] }>('/api/units');
    const unit = units.find((candidate) => candidate.callSign === callSign);
    const other = await emergencyRecordedElsewhere();
    await gradeAndRoute(other);
    expect((await api.request('POST', `/api/incidents/${other}/assignments`, { unitId: unit?.id })).status).toBe(201);

    await top.click();
    const alert = page.getByRole('alert').filter({ hasText: `${callSign} is no longer available` });
    await alert.waitFor();
    await alert.getByText('choose another unit').waitFor();
    for (const route of held) await route.continue();
    await page.unroute('**/recommendations');
    // Refreshed: the unit taken is no longer offered.
    await page.getByRole('list', { name: 'Recommended units, best first' }).getByRole('button', { name: `Assign ${callSign}`, exact: true }).waitFor({ state: 'detached' });
    await checkAccessibility(page, 'unit unavailable');
    await saveScreenshot(page, 'control-room-unit-unavailable');
    expect(pageErrors).toEqual([]);
  });
});
