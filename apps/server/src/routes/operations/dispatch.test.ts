/**
 * GET /api/incidents/:id/recommendations and POST /api/incidents/:id/assignments on the configured
 * backend: ranking with reasons and coverage cost, area scope, grading first, and 409
 * UNIT_UNAVAILABLE for a unit already sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing';
import { bookUnit, closeTestServer, gradeAndRouteAsEmergency, installSyntheticSetup, northAssault, recordIncident, SOUTH_POINT } from './operations-fixture';
import type { OperationsSetup } from './operations-setup';

let server: TestServer;
let setup: OperationsSetup;
let incidentId: string;
let near: string;
let far: string;
let pcso: string;
beforeAll(async () => {
  server = await startTestServer();
  setup = installSyntheticSetup(server);
  const controller = server.users.controller;
  incidentId = await recordIncident(server, controller);
  await gradeAndRouteAsEmergency(server, setup, incidentId, controller.user.id);
  near = await bookUnit(server, controller, { position: { lat: 51.601, lon: -1.2 } });
  far = await bookUnit(server, controller, { position: { lat: 51.7, lon: -1.2 } });
  pcso = await bookUnit(server, controller, { teamId: 'neighbourhood', areaId: 'north', role: 'PCSO', position: { lat: 51.6, lon: -1.2 } });
});
afterAll(async () => {
  await closeTestServer(server);
});

const recommendationsOf = (id: string, headers: Record<string, string>) => server.app.inject({ method: 'GET', url: `/api/incidents/${id}/recommendations`, headers });
const assign = (id: string, unitId: string, headers: Record<string, string>) => server.app.inject({ method: 'POST', url: `/api/incidents/${id}/assignments`, headers, payload: { unitId } });

describe('GET /api/incidents/:id/recommendations', () => {
  it('ranks the nearer unit first, with travel reasons and each unit\'s coverage cost', async () => {
    const response = await recommendationsOf(incidentId, server.users.controller.headers);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ incidentId, coverageAssessed: true, consideredUnits: 3 });
    const ranked = body.recommendations as { unitId: string; rank: number; reasons: { kind: string }[]; coverageLoss?: unknown[] }[];
    expect(ranked[0]).toMatchObject({ unitId: near, rank: 1 });
    expect(ranked.map((r) => r.unitId)).toContain(far);
    expect(ranked[0]?.reasons.some((reason) => reason.kind === 'travel')).toBe(true);
    for (const recommendation of ranked) expect(Array.isArray(recommendation.coverageLoss)).toBe(true);
    // The route asks for a PC: the PCSO unit, though standing on the spot, is filtered out.
    expect(ranked.map((r) => r.unitId)).not.toContain(pcso);
    expect(body.excluded).toMatchObject({ 'lacks-requirement': 1 });
  });

  it('is INVALID_TRANSITION (409) for an incident not yet graded', async () => {
    const ungraded = await recordIncident(server, server.users.controller);
    const response = await recommendationsOf(ungraded, server.users.controller.headers);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'INVALID_TRANSITION' } });
  });

  it('is 404 for an unknown incident and 403 for one outside the controller\'s area', async () => {
    expect((await recommendationsOf('incident-none', server.users.controller.headers)).statusCode).toBe(404);
    const southHandler = await server.addUser({ username: 'south-ch', role: 'call-handler', areaId: 'south' });
    const south = await recordIncident(server, southHandler, northAssault({ location: SOUTH_POINT }));
    expect((await recommendationsOf(south, server.users.controller.headers)).statusCode).toBe(403);
  });
});

describe('POST /api/incidents/:id/assignments', () => {
  it('assigns an available unit (201), then refuses it for another incident with 409 UNIT_UNAVAILABLE', async () => {
    const first = await assign(incidentId, near, server.users.controller.headers);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ unitId: near, incidentId });
    const other = await recordIncident(server, server.users.controller);
    await gradeAndRouteAsEmergency(server, setup, other, server.users.controller.user.id);
    const second = await assign(other, near, server.users.controller.headers);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ error: { code: 'UNIT_UNAVAILABLE', field: 'unitId' } });
    expect((second.json() as { error: { message: string } }).error.message).toContain(incidentId);
  });

  it('is 404 naming unitId for an unknown unit', async () => {
    const response = await assign(incidentId, 'unit-none', server.users.controller.headers);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND', field: 'unitId' } });
  });

  it('is refused to a call handler (403)', async () => {
    expect((await assign(incidentId, far, server.users['call-handler'].headers)).statusCode).toBe(403);
  });
});

describe('POST /api/units/:id/status', () => {
  const status = (unitId: string, to: string, headers = server.users.controller.headers) => server.app.inject({ method: 'POST', url: `/api/units/${unitId}/status`, headers, payload: { status: to } });

  it('moves a dispatched unit en route, on scene and clear, stamping the assignment; a skipped step is 409 INVALID_TRANSITION', async () => {
    const unitId = await bookUnit(server, server.users.controller);
    expect((await assign(incidentId, unitId, server.users.controller.headers)).statusCode).toBe(201);
    const enRoute = await status(unitId, 'en-route');
    expect(enRoute.statusCode).toBe(200);
    expect(enRoute.json()).toMatchObject({ from: 'dispatched', to: 'en-route', assignment: { incidentId } });
    expect((await status(unitId, 'on-scene')).json()).toMatchObject({ to: 'on-scene' });
    const cleared = await status(unitId, 'available');
    expect(cleared.json()).toMatchObject({ to: 'available', assignment: { endReason: 'cleared' } });
    const skipped = await status(unitId, 'on-scene');
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json()).toMatchObject({ error: { code: 'INVALID_TRANSITION' } });
    // Available again: it can be sent to the next incident.
    expect((await assign(incidentId, unitId, server.users.controller.headers)).statusCode).toBe(201);
  });

  it('lets a response officer change only a unit they crew', async () => {
    const officer = server.users['response-officer'];
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: server.users.controller.headers,
      payload: { teamId: 'north-response', relief: 2, officers: [{ officerId: officer.user.id, role: 'PC' }], position: { lat: 51.6, lon: -1.2 } },
    });
    const own = (response.json() as { id: string }).id;
    expect((await status(own, 'committed', officer.headers)).statusCode).toBe(200);
    expect((await status(far, 'committed', officer.headers)).statusCode).toBe(403);
  });
});
