/**
 * Assignments on the incident's timeline, through the HTTP API on the configured backend: every
 * step of a unit's assignment (dispatched, en route, on scene, cleared / stood down) is an
 * `assignment` event that GET /api/incidents/:id shows, committed with the change it records.
 */
import { createOperationsRepositories } from '@peel/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing';
import { bookUnit, closeTestServer, gradeAndRouteAsEmergency, installSyntheticSetup, recordIncident } from './operations-fixture';
import type { OperationsSetup } from './operations-setup';

let server: TestServer;
let setup: OperationsSetup;
beforeAll(async () => {
  server = await startTestServer();
  setup = installSyntheticSetup(server);
});
afterAll(async () => {
  await closeTestServer(server);
});

const controller = () => server.users.controller;
const assign = (incidentId: string, unitId: string, extra: Record<string, unknown> = {}) =>
  server.app.inject({ method: 'POST', url: `/api/incidents/${incidentId}/assignments`, headers: controller().headers, payload: { unitId, ...extra } });
const status = (unitId: string, to: string, headers = controller().headers) => server.app.inject({ method: 'POST', url: `/api/units/${unitId}/status`, headers, payload: { status: to } });

type Step = { sequence: number; type: string; stage?: string; by: string; unitId?: string; callSign?: string; override?: unknown };

async function timelineOf(incidentId: string): Promise<Step[]> {
  const response = await server.app.inject({ method: 'GET', url: `/api/incidents/${incidentId}`, headers: { ...controller().headers, 'x-justification': 'checking the dispatch log' } });
  expect(response.statusCode).toBe(200);
  return (response.json() as { timeline: Step[] }).timeline;
}

async function gradedIncident(): Promise<string> {
  const incidentId = await recordIncident(server, controller());
  await gradeAndRouteAsEmergency(server, setup, incidentId, controller().user.id);
  return incidentId;
}

describe('assignments on the incident timeline', () => {
  it('shows dispatched, en route, on scene and cleared, each with the unit, its call sign and who reported it', async () => {
    const incidentId = await gradedIncident();
    const officer = server.users['response-officer'];
    const booked = await server.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: controller().headers,
      payload: { teamId: 'north-response', relief: 4, officers: [{ officerId: officer.user.id, role: 'PC' }], position: { lat: 51.6, lon: -1.2 } },
    });
    const unit = booked.json() as { id: string; callSign: string };
    expect((await assign(incidentId, unit.id)).statusCode).toBe(201);
    // The crew reports its own progress; the controller clears it.
    expect((await status(unit.id, 'en-route', officer.headers)).statusCode).toBe(200);
    expect((await status(unit.id, 'on-scene', officer.headers)).statusCode).toBe(200);
    expect((await status(unit.id, 'available')).statusCode).toBe(200);

    const timeline = await timelineOf(incidentId);
    expect(timeline.map((event) => event.type)).toEqual(['created', 'assessed', 'graded', 'routed', 'assignment', 'assignment', 'assignment', 'assignment']);
    const steps = timeline.filter((event) => event.type === 'assignment');
    expect(steps.map((event) => [event.stage, event.by])).toEqual([
      ['dispatched', controller().user.id],
      ['en-route', officer.user.id],
      ['on-scene', officer.user.id],
      ['cleared', controller().user.id],
    ]);
    for (const step of steps) expect(step).toMatchObject({ unitId: unit.id, callSign: unit.callSign });
    expect(timeline.map((event) => event.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('records a unit stood down before arriving as stood-down, and an override with its reason and what was unmet', async () => {
    const incidentId = await gradedIncident();
    const pcso = await bookUnit(server, controller(), { teamId: 'neighbourhood', areaId: 'north', role: 'PCSO' });
    const reason = 'nearest unit; a PC follows';
    expect((await assign(incidentId, pcso, { override: { reason } })).statusCode).toBe(201);
    expect((await status(pcso, 'available')).statusCode).toBe(200);
    const steps = (await timelineOf(incidentId)).filter((event) => event.type === 'assignment');
    expect(steps.map((event) => event.stage)).toEqual(['dispatched', 'stood-down']);
    expect(steps[0]?.override).toEqual({ reason, unmet: [expect.stringContaining('PC')] });
    expect(steps[1]?.override).toBeNull();
  });

  it('adds nothing to the timeline when the assignment is refused (409 UNIT_UNAVAILABLE)', async () => {
    const first = await gradedIncident();
    const second = await gradedIncident();
    const unitId = await bookUnit(server, controller());
    expect((await assign(first, unitId)).statusCode).toBe(201);
    const refused = await assign(second, unitId);
    expect(refused.statusCode).toBe(409);
    expect((await timelineOf(second)).map((event) => event.type)).toEqual(['created', 'assessed', 'graded', 'routed']);
  });

  it('puts every one of several units sent at once on the timeline, in gapless sequence', async () => {
    const incidentId = await gradedIncident();
    const units: string[] = [];
    for (let count = 0; count < 5; count += 1) units.push(await bookUnit(server, controller()));
    const responses = await Promise.all(units.map((unitId) => assign(incidentId, unitId)));
    expect(responses.map((response) => response.statusCode)).toEqual([201, 201, 201, 201, 201]);
    const timeline = await timelineOf(incidentId);
    expect(timeline.map((event) => event.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(timeline.filter((event) => event.type === 'assignment').map((event) => event.unitId))).toEqual(new Set(units));
    const stored = await createOperationsRepositories(server.database.db).units.listAssignments(incidentId);
    expect(stored).toHaveLength(5);
  });
});
