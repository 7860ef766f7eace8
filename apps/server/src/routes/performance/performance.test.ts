/**
 * GET /api/performance/measures and /report.pdf on the configured backend, over operations data
 * recorded through the API at chosen times (the server's clock moved to each step): three Grade 1
 * emergencies in the synthetic model's urban wards — north on time (12 min) and late (25 min),
 * south on time (8 min) — and one advice-only call resolved by the Resolution Centre. Expected
 * figures are worked out by hand; the PDF is read back with pdftotext.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestUser } from '../../testing';
import { closeTestServer, installSyntheticSetup, NORTH_POINT, SOUTH_POINT } from '../operations/operations-fixture';
import { headlineFigureColumn, reportText } from './testing/report-text';
import { seedIncident, type SeedHttp } from './testing/seed-operations';

let server: TestServer;
let southController: TestUser;
const at = (text: string) => new Date(`2026-${text}:00Z`);

function httpAs(user: TestUser): SeedHttp {
  return async (method, url, body) => {
    const response = await server.app.inject({ method, url, headers: user.headers, ...(body === undefined ? {} : { payload: body as Record<string, unknown> }) });
    return { status: response.statusCode, body: response.json() as unknown };
  };
}

beforeAll(async () => {
  server = await startTestServer();
  installSyntheticSetup(server);
  southController = await server.addUser({ username: 'south-controller', role: 'controller', areaId: 'south' });
  const north = httpAs(server.users.controller);
  const setTime = (instant: Date) => server.clock.set(instant);
  await seedIncident(north, { location: NORTH_POINT, answeredAt: at('02-03T10:00'), kind: 'emergency', steps: { assign: 2, enRoute: 3, onScene: 12, clear: 40 } }, setTime);
  await seedIncident(north, { location: NORTH_POINT, answeredAt: at('02-10T09:00'), kind: 'advice' }, setTime);
  await seedIncident(north, { location: NORTH_POINT, answeredAt: at('02-20T10:00'), kind: 'emergency', steps: { assign: 2, enRoute: 3, onScene: 25, clear: 60 } }, setTime);
  await seedIncident(httpAs(southController), { location: SOUTH_POINT, answeredAt: at('02-21T10:00'), kind: 'emergency', unit: { teamId: 'south-response' }, steps: { assign: 1, enRoute: 2, onScene: 8, clear: 30 } }, setTime);
  server.clock.set(at('03-01T12:00'));
});
afterAll(async () => {
  await closeTestServer(server);
});

const QUERY = 'from=2026-02-01&to=2026-02-28&before=2026-02-15';
const get = (url: string, user: TestUser) => server.app.inject({ method: 'GET', url, headers: user.headers });

interface Figure {
  id: string;
  display: string;
  detail: string;
  status: string;
}
interface Body {
  areaId: string | null;
  fromDate: string;
  toDate: string;
  headlines: Figure[];
  areas: { areaId: string | null; name: string; headlines: Figure[] }[];
  comparison: { date: string; rows: { id: string; before: string; after: string; change: string; significant: boolean | null }[] } | null;
  definitions: { title: string; text: string }[];
  trend: { from: string; to: string; values: { id: string; value: number | null; count: number }[] }[];
  measures: { attendance: { grade: number; urbanRural: string; clock: string; compliance: { successes: number; total: number } }[] };
}
const figure = (body: Body, id: string) => body.headlines.find((candidate) => candidate.id === id);

describe('GET /api/performance/measures', () => {
  it('gives the force-wide figures from what was recorded, with the clock each target runs on', async () => {
    const response = await get(`/api/performance/measures?${QUERY}`, server.users.analyst);
    expect(response.statusCode).toBe(200);
    const body = response.json() as Body;
    expect(body).toMatchObject({ areaId: null, fromDate: '2026-02-01', toDate: '2026-02-28' });
    // 12 min met, 25 min missed (north), 8 min met (south): 2 of 3 within 15 minutes of the call being answered.
    expect(figure(body, 'attendance-grade-1-urban-call-answered')).toMatchObject({ display: '66.7 %', status: 'below-target' });
    expect(figure(body, 'attendance-grade-1-urban-call-answered')!.detail).toMatch(/^2 of 3 \(95 % CI 20\.8 to 93\.9 %\)$/);
    // The advice-only call: routed to the Resolution Centre, nothing more — resolved there.
    expect(figure(body, 'resolution-centre-resolution')).toMatchObject({ display: '100.0 %', status: 'meets-target' });
    expect(figure(body, 'resolution-centre-contact')).toMatchObject({ display: 'no data', status: 'no-data' });
    expect(figure(body, 'call-abandonment')).toMatchObject({ display: 'not recorded', status: 'not-recorded' });
    expect(figure(body, 'abstraction')).toMatchObject({ display: '25.0 %', status: 'planned' });
    expect(body.definitions.find((note) => note.title === 'Attendance compliance')!.text).toContain('Grade 1 (Emergency) runs from the call being answered');
  });

  it('gives each area and the before/after comparison', async () => {
    const body = (await get(`/api/performance/measures?${QUERY}`, server.users.analyst)).json() as Body;
    const byArea = Object.fromEntries(body.areas.map((area) => [area.areaId, figure(area as unknown as Body, 'attendance-grade-1-urban-call-answered')!.display]));
    expect(byArea).toEqual({ north: '50.0 %', south: '100.0 %' });
    expect(body.comparison!.date).toBe('2026-02-15');
    const urban = body.comparison!.rows.find((row) => row.id === 'attendance-grade-1-urban-call-answered')!;
    // Before 15 February: 1 of 1; after: 1 of 2.
    expect(urban).toMatchObject({ before: '100.0 % (n=1)', after: '50.0 % (n=2)', change: '-50.0 points', significant: false });
    // Weeks from 1 February: the on-time call (3rd) in week 1, the late one (20th) and the south one (21st) in week 3.
    const weekly = body.trend.map((period) => [period.from.slice(0, 10), period.values.find((value) => value.id === 'attendance-grade-1-urban-call-answered')]);
    expect(weekly).toEqual([
      ['2026-02-01', { id: 'attendance-grade-1-urban-call-answered', value: 1, count: 1 }],
      ['2026-02-08', { id: 'attendance-grade-1-urban-call-answered', value: null, count: 0 }],
      ['2026-02-15', { id: 'attendance-grade-1-urban-call-answered', value: 0.5, count: 2 }],
      ['2026-02-22', { id: 'attendance-grade-1-urban-call-answered', value: null, count: 0 }],
    ]);
  });

  it("limits a supervisor to their area, and refuses another area", async () => {
    const own = await get(`/api/performance/measures?${QUERY}`, server.users.supervisor);
    expect(own.statusCode).toBe(200);
    const body = own.json() as Body;
    expect(body.areaId).toBe('north');
    expect(body.areas.map((area) => area.areaId)).toEqual(['north']);
    expect(figure(body, 'attendance-grade-1-urban-call-answered')!.display).toBe('50.0 %');
    const other = await get(`/api/performance/measures?${QUERY}&area=south`, server.users.supervisor);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const analyst = (await get(`/api/performance/measures?${QUERY}&area=south`, server.users.analyst)).json() as Body;
    expect(figure(analyst, 'attendance-grade-1-urban-call-answered')!.display).toBe('100.0 %');
  });

  it('refuses bad input naming the field', async () => {
    const cases: [string, string][] = [
      ['from=2026-02-30', 'from'],
      ['from=yesterday', 'from'],
      ['from=2026-02-10&to=2026-02-01', 'to'],
      ['from=2026-02-01&to=2026-02-28&before=2026-03-15', 'before'],
      ['from=2026-02-01&to=2026-02-28&area=east', 'area'],
    ];
    for (const [query, field] of cases) {
      const response = await get(`/api/performance/measures?${query}`, server.users.analyst);
      expect(response.statusCode, query).toBe(400);
      expect(response.json(), query).toMatchObject({ error: { code: 'VALIDATION', field } });
    }
  });
});

describe('GET /api/performance/report.pdf', () => {
  it('is a PDF whose headline figures are the API\'s, with before/after, areas and definitions', async () => {
    const response = await get(`/api/performance/report.pdf?${QUERY}`, server.users.analyst);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="peel-progress-report-peelshire-force-2026-02-01-to-2026-02-28.pdf"');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const directory = mkdtempSync(join(tmpdir(), 'peel-report-'));
    try {
      const file = join(directory, 'report.pdf');
      writeFileSync(file, response.rawPayload);
      const text = reportText(file);
      const body = (await get(`/api/performance/measures?${QUERY}`, server.users.analyst)).json() as Body;
      expect(text).toContain('Peelshire Constabulary (synthetic)');
      expect(text).toContain('Performance progress report');
      expect(text).toContain('Period: 1 February 2026 to 28 February 2026');
      // The headline table prints the API's figures, row for row.
      expect(headlineFigureColumn(text)).toBe(body.headlines.map((headline) => headline.display).join(' '));
      expect(text).toContain('Before and after 15 February 2026');
      expect(text).toContain('-50.0 points');
      expect(text).toContain('North Peelshire');
      expect(text).toContain('South Peelshire');
      expect(text).toContain('Caveats and definitions');
      expect(text).toMatch(/Areas for improvement\s+• Grade 1 \(Emergency\) urban: attended within 15 min of call answered: 66\.7 %/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
