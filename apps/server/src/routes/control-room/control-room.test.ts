/**
 * The control room's read routes on the configured backend: the queue (states, the target on its
 * clock, area scope, open vs all), an incident's history without personal data, the unit board and
 * the form reference.
 */
import { createBoundaryRepository } from '@peel/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing';
import { bookUnit, closeTestServer, gradeAndRouteAsEmergency, installSyntheticSetup, northAssault, recordIncident, SOUTH_POINT } from '../operations/operations-fixture';
import type { OperationsSetup } from '../operations/operations-setup';

let server: TestServer;
let setup: OperationsSetup;
beforeAll(async () => {
  // The tests move the clock past a grade 1 deadline: keep the tokens valid meanwhile.
  server = await startTestServer({ env: { PEEL_TOKEN_TTL_MINUTES: '600' } });
  setup = installSyntheticSetup(server);
});
afterAll(async () => {
  await closeTestServer(server);
});

const get = (url: string, headers = server.users.controller.headers) => server.app.inject({ method: 'GET', url, headers });
const post = (url: string, payload: unknown, headers = server.users.controller.headers) => server.app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });

interface QueueItem {
  id: string;
  state: string;
  grade: { grade: number } | null;
  target: { kind: string; clock: string; minutes: number; startsAt: string | null; dueAt: string | null; outcome: string } | null;
  assignments: { unitId: string; callSign: string; arrivedAt: string | null }[];
}
const queue = async (query = '', headers = server.users.controller.headers) => {
  const response = await get(`/api/incidents${query}`, headers);
  expect(response.statusCode).toBe(200);
  return response.json() as { incidents: QueueItem[]; truncated: boolean };
};
const itemOf = async (id: string, query = '') => (await queue(query)).incidents.find((item) => item.id === id);

describe('GET /api/incidents (the queue)', () => {
  it('follows an incident from the call to the unit clearing, with the grade 1 target on the call-answered clock', async () => {
    const controller = server.users.controller;
    const id = await recordIncident(server, controller);
    expect(await itemOf(id)).toMatchObject({ state: 'awaiting-assessment', grade: null, target: null, assignments: [] });

    await gradeAndRouteAsEmergency(server, setup, id, controller.user.id);
    const graded = await itemOf(id);
    // synthetic.yaml: grade 1 attends within 15 minutes (urban) of the call being answered.
    expect(graded).toMatchObject({ state: 'awaiting-dispatch', grade: { grade: 1 }, target: { kind: 'attendance', clock: 'call-answered', minutes: 15, outcome: 'pending' } });
    const { startsAt, dueAt } = graded!.target!;
    expect(Date.parse(dueAt!) - Date.parse(startsAt!)).toBe(15 * 60_000);

    const unitId = await bookUnit(server, controller);
    expect((await post(`/api/incidents/${id}/assignments`, { unitId })).statusCode).toBe(201);
    expect(await itemOf(id)).toMatchObject({ state: 'dispatched', assignments: [{ unitId, arrivedAt: null }] });

    server.clock.advanceMinutes(5);
    await post(`/api/units/${unitId}/status`, { status: 'en-route' });
    await post(`/api/units/${unitId}/status`, { status: 'on-scene' });
    expect(await itemOf(id)).toMatchObject({ state: 'on-scene', target: { outcome: 'met' } });

    await post(`/api/units/${unitId}/status`, { status: 'available' });
    // Cleared: it leaves the open queue but stays in the day's list.
    expect(await itemOf(id)).toBeUndefined();
    expect(await itemOf(id, '?state=all')).toMatchObject({ state: 'resolved', target: { outcome: 'met' } });
  });

  it('says a grade 1 target is missed once its deadline passes without an arrival', async () => {
    const id = await recordIncident(server, server.users.controller);
    await gradeAndRouteAsEmergency(server, setup, id, server.users.controller.user.id);
    server.clock.advanceMinutes(16);
    expect(await itemOf(id)).toMatchObject({ state: 'awaiting-dispatch', target: { outcome: 'missed' } });
  });

  it('shows an area-scoped user only their area\'s incidents, and a force-wide one every area\'s', async () => {
    const southHandler = await server.addUser({ username: 'queue-south', role: 'call-handler', areaId: 'south' });
    const south = await recordIncident(server, southHandler, northAssault({ location: SOUTH_POINT }));
    expect((await queue('', server.users.controller.headers)).incidents.map((item) => item.id)).not.toContain(south);
    expect((await queue('', southHandler.headers)).incidents.map((item) => item.id)).toContain(south);
    const forceWide = await server.addUser({ username: 'queue-force', role: 'supervisor', areaId: null });
    expect((await queue('', forceWide.headers)).incidents.map((item) => item.id)).toContain(south);
  });

  it('says when the list was cut at the limit, and refuses a bad limit naming it', async () => {
    await recordIncident(server, server.users.controller);
    const cut = await queue('?limit=1');
    expect(cut.incidents).toHaveLength(1);
    expect(cut.truncated).toBe(true);
    const bad = await get('/api/incidents?limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'limit' } });
  });

  it('carries no personal data', async () => {
    const id = await recordIncident(server, server.users.controller);
    const body = (await get('/api/incidents')).body;
    expect(body).toContain(id);
    expect(body).not.toContain('07700 900123');
    expect(body).not.toContain('A. Caller');
    expect(body).not.toContain('High Street');
  });
});

describe('GET /api/incidents/:id/history', () => {
  it('gives the decisions and the timeline with units\' steps, without the caller\'s details', async () => {
    const controller = server.users.controller;
    const id = await recordIncident(server, controller);
    await gradeAndRouteAsEmergency(server, setup, id, controller.user.id);
    const unitId = await bookUnit(server, controller);
    await post(`/api/incidents/${id}/assignments`, { unitId });
    const response = await get(`/api/incidents/${id}/history`);
    expect(response.statusCode).toBe(200);
    const history = response.json();
    expect(history).toMatchObject({ id, state: 'dispatched', grade: { grade: 1 }, assessments: [{ factors: { threat: { rating: 'high' } } }], routes: [{ route: 'deploy' }] });
    expect((history.timeline as { type: string; stage?: string }[]).map((event) => event.stage ?? event.type)).toEqual(['created', 'assessed', 'graded', 'routed', 'dispatched']);
    expect(response.body).not.toContain('07700 900123');
    expect(response.body).not.toContain('Man assaulted');
  });

  it('is 404 for an unknown incident and 403 outside the caller\'s area', async () => {
    expect((await get('/api/incidents/incident-none/history')).statusCode).toBe(404);
    const southHandler = await server.addUser({ username: 'history-south', role: 'call-handler', areaId: 'south' });
    const south = await recordIncident(server, southHandler, northAssault({ location: SOUTH_POINT }));
    expect((await get(`/api/incidents/${south}/history`)).statusCode).toBe(403);
  });
});

describe('GET /api/units (the board)', () => {
  it('lists the area\'s units on duty with status, next statuses and crew roles, not officer ids', async () => {
    const unitId = await bookUnit(server, server.users.controller);
    const response = await get('/api/units');
    expect(response.statusCode).toBe(200);
    const unit = (response.json() as { units: Record<string, unknown>[] }).units.find((candidate) => candidate.id === unitId);
    expect(unit).toMatchObject({ areaId: 'north', status: 'available', nextStatuses: ['committed', 'off-duty'], crewRoles: ['PC'], incidentId: null });
    expect(response.body).not.toContain('officer-');
    const southController = await server.addUser({ username: 'board-south', role: 'controller', areaId: 'south' });
    expect(((await get('/api/units', southController.headers)).json() as { units: { id: string }[] }).units.map((u) => u.id)).not.toContain(unitId);
  });
});

describe('GET /api/control-room/reference', () => {
  it('gives the model\'s channels and grades with the clock each target runs on, and the NSIR codes', async () => {
    const response = await get('/api/control-room/reference');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.modelId).toBe('peelshire');
    expect(body.channels.map((channel: { id: string }) => channel.id)).toContain('999');
    expect(body.grades[0]).toMatchObject({ grade: 1, attendance: { urbanTargetMinutes: 15, clock: 'call-answered' } });
    expect(body.incidentCodes.map((code: { code: string }) => code.code)).toContain('crime');
    expect(body.thrive.factors).toEqual(['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement']);
  });

  it('gives any role the partners with their SLAs and the SARA moves (a PCSO works problems with partners)', async () => {
    const response = await get('/api/control-room/reference', server.users.pcso.headers);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.partners.length).toBeGreaterThan(0);
    expect(body.partners[0]).toHaveProperty('slaResponseWorkingDays');
    expect(body.sara).toEqual([
      { stage: 'scanning', next: ['analysis'] },
      { stage: 'analysis', next: ['scanning', 'response'] },
      { stage: 'response', next: ['assessment'] },
      { stage: 'assessment', next: ['analysis', 'response'] },
    ]);
  });
});

describe('GET /api/control-room/boundaries', () => {
  it('gives the stored wards of the force with their area, rounded, and names the wards not imported', async () => {
    const before = (await get('/api/control-room/boundaries')).json();
    expect(before.features).toEqual([]);
    expect(before.missingWardCodes).toEqual(['E05999901', 'E05999902', 'E05999903', 'E05999904', 'E05999905']);

    // Abbey (North Peelshire), a small square in district E07999901, with over-precise coordinates.
    const ring = [[-1.2000001, 51.6], [-1.19, 51.6], [-1.19, 51.61], [-1.2000001, 51.61], [-1.2000001, 51.6]];
    await createBoundaryRepository(server.database.db).importBoundaries({
      file: { kind: 'boundaries', fileName: 'E07999901.json', contentHash: 'a'.repeat(64) },
      level: 'ward',
      district: 'E07999901',
      vintage: 'synthetic',
      boundaries: [{ code: 'E05999901', name: 'Abbey', geometry: { type: 'Polygon', coordinates: [ring] }, bbox: [-1.2000001, 51.6, -1.19, 51.61], centroid: [-1.195, 51.605], areaKm2: 0.77 }],
    });
    const after = (await get('/api/control-room/boundaries')).json();
    expect(after.features).toEqual([
      { type: 'Feature', properties: { code: 'E05999901', name: 'Abbey', areaId: 'north' }, geometry: { type: 'Polygon', coordinates: [[[-1.2, 51.6], [-1.19, 51.6], [-1.19, 51.61], [-1.2, 51.61], [-1.2, 51.6]]] } },
    ]);
    expect(after.missingWardCodes).not.toContain('E05999901');
  });
});
