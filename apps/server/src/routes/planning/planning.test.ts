/**
 * The planning routes on the configured backend (PGlite, or PostgreSQL with DATABASE_URL), over the
 * synthetic force stored as a model with square ward/LSOA boundaries and three months of recorded
 * crime (planning-fixture.ts): models, geography, demand, hotspots, the plan, overrides (stored
 * with who and why, area scope), cover, a simulation of the plan, and two scenarios compared.
 */
import { createModelRepository } from '@peel/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestUser } from '../../testing';
import { closeTestServer } from '../operations/operations-fixture';
import { crimesOfLsoa, FIXTURE_LSOAS, FIXTURE_MONTHS, seedPlanningFixture, SYNTHETIC_MODEL } from './planning-fixture';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { PEEL_TOKEN_TTL_MINUTES: '600' } });
  await seedPlanningFixture(server.app.services.db);
  // A second model elsewhere: other area ids, districts and wards, so no boundary and no crime is its.
  const nowhere = JSON.parse(JSON.stringify(SYNTHETIC_MODEL).replaceAll('"north"', '"upper"').replaceAll('"south"', '"lower"').replaceAll('E0799990', 'E0799980').replaceAll('E0599990', 'E0599980')) as typeof SYNTHETIC_MODEL;
  nowhere.id = 'nowhere';
  await createModelRepository(server.app.services.db).save({ id: 'nowhere', name: 'Nowhere (test)', sourcePath: 'test', contentHash: 'f'.repeat(64), document: nowhere });
}, 60_000);
afterAll(async () => {
  await closeTestServer(server);
});

const get = (url: string, as: TestUser = server.users.analyst) => server.app.inject({ method: 'GET', url, headers: as.headers });
const post = (url: string, payload: unknown, as: TestUser = server.users.analyst) => server.app.inject({ method: 'POST', url, headers: as.headers, payload: payload as Record<string, unknown> });

/** Crimes recorded in LSOA n (1…10) over the fixture's months. */
const lsoaTotal = (n: number) => FIXTURE_MONTHS.length * Object.values(crimesOfLsoa(n)).reduce((a, b) => a + b, 0);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** 2024-01…03: 31 + 29 + 31 days. */
const WEEKS = 91 / 7;

describe('GET /api/planning/models', () => {
  it('lists the stored models with areas and scenarios, the newest as active', async () => {
    const response = await get('/api/planning/models');
    expect(response.statusCode).toBe(200);
    const { models } = response.json();
    expect(models.map((model: { id: string }) => model.id)).toEqual(['nowhere', 'peelshire']);
    const peelshire = models.find((model: { id: string }) => model.id === 'peelshire');
    expect(peelshire).toMatchObject({ name: 'Peelshire Constabulary (synthetic)', active: false, areas: [{ id: 'north', wards: 3 }, { id: 'south', wards: 2 }] });
    expect(peelshire.scenarios.map((scenario: { id: string }) => scenario.id)).toContain('uplift');
  });

  it('refuses other roles', async () => {
    expect((await get('/api/planning/models', server.users.controller)).statusCode).toBe(403);
  });
});

describe('GET /api/planning/models/:modelId/geography', () => {
  it('sends the wards simplified and rounded, each with its area and km²', async () => {
    const response = await get('/api/planning/models/peelshire/geography?level=ward');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.features).toHaveLength(5);
    expect(body.missingWardCodes).toEqual([]);
    const abbey = body.features.find((feature: { properties: { code: string } }) => feature.properties.code === 'E05999901');
    expect(abbey.properties).toMatchObject({ name: 'Abbey', areaId: 'north' });
    // 0.1° × 0.2° at 51.6° N: 6.92 km × 22.1 km.
    expect(abbey.properties.areaKm2).toBeCloseTo(153, 0);
    // 41 positions a ring stored (10 an edge + closing); the collinear ones go: 4 corners + closing.
    expect(abbey.geometry.coordinates[0]).toEqual([[-1.3, 51.5], [-1.2, 51.5], [-1.2, 51.7], [-1.3, 51.7], [-1.3, 51.5]]);
    expect(body.notes.join(' ')).toMatch(/from 205 to 25 positions/);
  });

  it('places each LSOA in the area of the ward that holds it; a supervisor sees their area', async () => {
    const lsoas = (await get('/api/planning/models/peelshire/geography?level=lsoa')).json();
    expect(lsoas.features).toHaveLength(10);
    for (const feature of lsoas.features) expect(feature.properties.areaId).toBe(FIXTURE_LSOAS.find((lsoa) => lsoa.code === feature.properties.code)!.area);
    const north = (await get('/api/planning/models/peelshire/geography?level=ward', server.users.supervisor)).json();
    expect(north.features.map((feature: { properties: { code: string } }) => feature.properties.code)).toEqual(['E05999901', 'E05999902', 'E05999903']);
    expect((await get('/api/planning/models/peelshire/geography?area=south', server.users.supervisor)).statusCode).toBe(403);
  });

  it('says what is missing when no boundaries are imported', async () => {
    const body = (await get('/api/planning/models/nowhere/geography?level=lsoa')).json();
    expect(body.features).toEqual([]);
    expect(body.missingWardCodes).toHaveLength(5);
    expect(body.notes.join('\n')).toMatch(/peel import boundaries --level ward/);
    expect(body.notes.join('\n')).toMatch(/no LSOA boundaries are stored for districts E07999801, E07999802/);
  });

  it('names an unknown model, level or area', async () => {
    expect((await get('/api/planning/models/atlantis/geography')).json().error).toMatchObject({ code: 'NOT_FOUND', field: 'modelId' });
    expect((await get('/api/planning/models/peelshire/geography?level=county')).json().error).toMatchObject({ code: 'VALIDATION', field: 'level' });
    expect((await get('/api/planning/models/peelshire/geography?area=west')).json().error).toMatchObject({ code: 'VALIDATION', field: 'area' });
  });
});

describe('GET /api/planning/models/:modelId/demand', () => {
  it('counts crime per LSOA and per hour of the week, by area', async () => {
    const response = await get('/api/planning/models/peelshire/demand?level=lsoa');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.months).toEqual([...FIXTURE_MONTHS]);
    const expectedTotal = sum(FIXTURE_LSOAS.map((_, index) => lsoaTotal(index + 1)));
    expect(expectedTotal).toBe(360);
    expect(body.totals).toMatchObject({ count: 360, unplaced: 0 });
    expect(body.units).toHaveLength(10);
    expect(body.units[0]).toMatchObject({ rank: 1, code: 'E01999910', count: lsoaTotal(10) });
    expect(body.units[0].countPerKm2).toBeCloseTo(lsoaTotal(10) / body.units[0].areaKm2, 6);
    // No calls for service stored: the hours share each month's crime by how often they occur.
    expect(body.hourOfWeek.source).toBe('uniform');
    expect(sum(body.hourOfWeek.total)).toBeCloseTo(360 / WEEKS, 2);
    const north = body.hourOfWeek.byArea.find((row: { area: string }) => row.area === 'north');
    expect(sum(north.perWeek)).toBeCloseTo(sum([1, 2, 3, 4, 5, 6].map(lsoaTotal)) / WEEKS, 2);
  });

  it("limits a supervisor to their area's records", async () => {
    const body = (await get('/api/planning/models/peelshire/demand?level=ward', server.users.supervisor)).json();
    expect(body.area).toBe('north');
    expect(body.units.map((unit: { code: string }) => unit.code).sort()).toEqual(['E05999901', 'E05999902', 'E05999903']);
    expect(body.totals.count).toBe(sum([1, 2, 3, 4, 5, 6].map(lsoaTotal)));
    expect((await get('/api/planning/models/peelshire/demand?area=south', server.users.supervisor)).json().error.code).toBe('FORBIDDEN');
  });

  it('names a bad month range', async () => {
    expect((await get('/api/planning/models/peelshire/demand?from=2024-03&to=2024-01')).json().error).toMatchObject({ code: 'VALIDATION', field: 'from' });
    expect((await get('/api/planning/models/peelshire/demand?from=2024-13')).json().error).toMatchObject({ code: 'VALIDATION', field: 'from' });
  });
});

describe('GET /api/planning/models/:modelId/hotspots', () => {
  it('ranks the LSOAs and scores the PAI on the latest month', async () => {
    const body = (await get('/api/planning/models/peelshire/hotspots?top=3')).json();
    expect(body.hotspots.map((unit: { code: string }) => unit.code)).toEqual(['E01999910', 'E01999909', 'E01999908']);
    expect(body.hotspots[0].share).toBeCloseTo(lsoaTotal(10) / 360, 6);
    expect(body.pai).toMatchObject({ holdoutMonth: '2024-03', fitMonths: ['2024-01', '2024-02'] });
    expect(body.kde.topCells.length).toBeGreaterThan(0);
  });
});

describe('the plan and its overrides', () => {
  it('GET …/plan: every line shares its establishment; the response teams have a Grade 1 analysis', async () => {
    const response = await get('/api/planning/models/peelshire/plan?method=queueing');
    expect(response.statusCode).toBe(200);
    const plan = response.json();
    expect(plan).toMatchObject({ model: { id: 'peelshire' }, scenario: null, method: 'queueing', area: null });
    for (const line of plan.lines) expect(line.final).toBe(line.establishment);
    expect(plan.response.map((entry: { cell: string }) => entry.cell).sort()).toEqual(['north-response:PC', 'south-response:PC']);
    for (const entry of plan.response) expect(entry.final.compliance).toBeGreaterThanOrEqual(0);
    expect(plan.storedOverrides).toEqual([]);
  }, 60_000);

  it('stores an override with who and why, shows it in the plan, and withdraws it', async () => {
    const supervisor = server.users.supervisor;
    const added = await post('/api/planning/models/peelshire/overrides', { team: 'north-response', role: 'PC', delta: 2, reason: 'Night-time economy in Abbey ward needs two more PCs' }, supervisor);
    expect(added.statusCode).toBe(201);
    const body = added.json();
    expect(body.override).toMatchObject({ modelId: 'peelshire', scenarioId: null, teamId: 'north-response', role: 'PC', delta: 2, createdBy: 'supervisor', withdrawal: null });
    expect(body).toMatchObject({ cell: 'north-response:PC', effect: { kind: 'grade-1-compliance' } });
    expect(body.final).toBe(body.algorithm + 2);

    const plan = (await get('/api/planning/models/peelshire/plan')).json();
    const cell = plan.cells.find((candidate: { key: string }) => candidate.key === 'north-response:PC');
    expect(cell).toMatchObject({ override: 2, final: cell.algorithm + 2, overrides: [{ id: String(body.override.id), delta: 2, who: 'supervisor', why: 'Night-time economy in Abbey ward needs two more PCs' }] });
    expect(plan.storedOverrides.map((row: { id: number }) => row.id)).toEqual([body.override.id]);

    const withdrawn = await post(`/api/planning/models/peelshire/overrides/${body.override.id}/withdraw`, { reason: 'Covered by the task force instead' }, supervisor);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().override.withdrawal).toMatchObject({ by: 'supervisor', reason: 'Covered by the task force instead' });
    const after = (await get('/api/planning/models/peelshire/plan')).json();
    expect(after.cells.find((candidate: { key: string }) => candidate.key === 'north-response:PC').override).toBe(0);
    const all = (await get('/api/planning/models/peelshire/overrides?includeWithdrawn=true')).json().overrides;
    expect(all).toHaveLength(1);
    expect((await post(`/api/planning/models/peelshire/overrides/${body.override.id}/withdraw`, { reason: 'Covered by the task force instead' })).json().error.code).toBe('CONFLICT');
  }, 60_000);

  it('refuses an override without a reason, one the model cannot take, and one outside the caller\'s area', async () => {
    const noReason = await post('/api/planning/models/peelshire/overrides', { team: 'north-response', role: 'PC', delta: 1, reason: ' ' });
    expect(noReason.json().error).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    const badTeam = await post('/api/planning/models/peelshire/overrides', { team: 'west-response', role: 'PC', delta: 1, reason: 'A team that does not exist' });
    expect(badTeam.json().error).toMatchObject({ code: 'VALIDATION', field: 'team' });
    const tooMany = await post('/api/planning/models/peelshire/overrides', { team: 'north-response', role: 'PC', delta: -1000, reason: 'More posts removed than the team has' });
    expect(tooMany.json().error).toMatchObject({ code: 'VALIDATION', field: 'delta' });
    const south = await post('/api/planning/models/peelshire/overrides', { team: 'south-response', role: 'PC', delta: 1, reason: 'Not the supervisor\'s area at all' }, server.users.supervisor);
    expect(south.statusCode).toBe(403);
    const forceWide = await post('/api/planning/models/peelshire/overrides', { team: 'neighbourhood', role: 'PCSO', delta: 1, reason: 'The team serves both areas' }, server.users.supervisor);
    expect(forceWide.statusCode).toBe(403);
    expect((await post('/api/planning/models/peelshire/overrides', { team: 'north-response', role: 'PC', delta: 1, reason: 'Admins read but do not plan' }, server.users.admin)).statusCode).toBe(403);
    expect((await get('/api/planning/models/peelshire/overrides')).json().overrides).toEqual([]);
  }, 60_000);

  it('GET …/cover: required and on duty for each response team, 168 hours', async () => {
    const body = (await get('/api/planning/models/peelshire/cover')).json();
    expect(body.teams).toHaveLength(2);
    for (const team of body.teams) {
      expect(team.required).toHaveLength(168);
      expect(team.onDuty.final).toHaveLength(168);
      expect(Math.min(...team.required)).toBeGreaterThan(0);
    }
    const supervisor = (await get('/api/planning/models/peelshire/cover', server.users.supervisor)).json();
    expect(supervisor.teams.map((team: { team: string }) => team.team)).toEqual(['north-response']);
  }, 60_000);

  it('says which import is missing, and names an unknown scenario', async () => {
    expect((await get('/api/planning/models/nowhere/plan')).json().error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('peel import police-uk') });
    expect((await get('/api/planning/models/peelshire/plan?scenario=atlantis')).json().error).toMatchObject({ code: 'VALIDATION', field: 'scenario' });
  });
});

describe('scenarios and simulation', () => {
  it('GET …/compare: the uplift scenario against the model as written', async () => {
    const response = await get('/api/planning/models/peelshire/compare?other=uplift');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ base: { scenario: null }, other: { scenario: 'uplift' } });
    // synthetic.yaml's uplift adds 4 PCs and a task force.
    const pcs = (side: 'base' | 'other') => sum(body.cells.filter((cell: { role: string }) => cell.role === 'PC').map((cell: Record<string, number | null>) => cell[side] ?? 0));
    expect(pcs('other') - pcs('base')).toBeGreaterThanOrEqual(4);
    expect((await get('/api/planning/models/peelshire/compare')).json().error).toMatchObject({ code: 'VALIDATION', field: 'other' });
  }, 120_000);

  it("plans under the engine's what-ifs too: abstraction at a new total, two areas merged", async () => {
    const lower = await get('/api/planning/models/peelshire/compare?other=abstraction:20');
    expect(lower.statusCode).toBe(200);
    expect(lower.json().other.scenario).toBe('abstraction:20');
    const merged = (await get('/api/planning/models/peelshire/plan?scenario=merge:north,south')).json();
    expect(merged.scenario).toBe('merge:north,south');
    // synthetic.yaml: north-response and south-response are one line, so merged they become one team.
    expect(merged.cells.filter((cell: { role: string; teamKind: string }) => cell.role === 'PC' && cell.teamKind === 'response')).toHaveLength(1);
    expect((await get('/api/planning/models/peelshire/plan?scenario=merge:north,west')).json().error).toMatchObject({ code: 'VALIDATION', field: 'scenario', message: expect.stringContaining("'west' is not an area") });
  }, 120_000);

  it('POST …/simulations: KPIs with confidence intervals for the plan; one simulation at a time', async () => {
    const body = { rostering: 'plan', days: 2, replications: 2, seed: 7 };
    const [first, second] = await Promise.all([post('/api/planning/models/peelshire/simulations', body), post('/api/planning/models/peelshire/simulations', body)]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 429]);
    const result = (first.statusCode === 200 ? first : second).json();
    expect(result).toMatchObject({ model: 'peelshire', rostering: 'plan', days: 2, replications: 2, seed: 7 });
    // About 4 crimes a day: the grades with incidents in the run have compliance over both replications.
    const measured = result.grades.filter((grade: { compliance: { replications: number } | null; incidentsPerDay: { mean: number } }) => grade.compliance !== null && grade.incidentsPerDay.mean > 0);
    expect(measured.length).toBeGreaterThan(0);
    for (const grade of measured) {
      expect(grade.compliance.mean).toBeGreaterThanOrEqual(0);
      expect(grade.compliance.mean).toBeLessThanOrEqual(1);
    }
    expect(result.grades[0].byArea.map((row: { area: string }) => row.area)).toEqual(['north', 'south']);
    expect(result.notes.join('\n')).toMatch(/rostering: the plan's final posts of north-response PC, south-response PC/);
    expect((await post('/api/planning/models/peelshire/simulations', { ...body, days: 29 })).json().error).toMatchObject({ code: 'VALIDATION', field: 'days' });
  }, 120_000);
});
