/**
 * The incident decision routes and the audited read, on the configured backend: THRIVE+ → suggested
 * grade → grade → route through HTTP, stale versions and out-of-order steps refused, and
 * GET /api/incidents/:id needing a justification that is logged.
 */
import { createAuditRepository } from '@peel/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing';
import { closeTestServer, installSyntheticSetup, recordIncident } from './operations-fixture';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  installSyntheticSetup(server);
});
afterAll(async () => {
  await closeTestServer(server);
});

const factors = (threat: string) => ({
  threat: { rating: threat, rationale: 'weapon mentioned' },
  harm: { rating: 'medium', rationale: 'injury reported' },
  risk: { rating: 'medium', rationale: 'offender nearby' },
  investigation: { rating: 'medium', rationale: 'CCTV likely' },
  vulnerability: { rating: 'low', rationale: 'adult victim' },
  engagement: { rating: 'low', rationale: 'cooperative' },
});
const post = (url: string, payload: unknown, headers = server.users.controller.headers) => server.app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });

describe('assess, grade, route', () => {
  it('takes an incident from intake to a deploy decision, each step appending to the timeline', async () => {
    const id = await recordIncident(server, server.users['call-handler']);
    const assessed = await post(`/api/incidents/${id}/assessments`, { factors: factors('high'), expectedVersion: 1 });
    expect(assessed.statusCode).toBe(201);
    expect(assessed.json()).toMatchObject({ incidentId: id, version: 2, assessment: { suggestion: { grade: 1 } } });
    const graded = await post(`/api/incidents/${id}/grade`, { grade: 1, expectedVersion: 2 });
    expect(graded.statusCode).toBe(201);
    expect(graded.json()).toMatchObject({ version: 3, decision: { grade: 1, decision: 'confirmed', target: { kind: 'attendance', minutes: 15 } } });
    const routed = await post(`/api/incidents/${id}/route`, { expectedVersion: 3 });
    expect(routed.statusCode).toBe(201);
    expect(routed.json()).toMatchObject({ version: 4, decision: { route: 'deploy', ruleId: 'emergency', roles: ['PC'] } });
  });

  it('refuses an override without a reason (VALIDATION naming reason) and a stale version (409 CONFLICT)', async () => {
    const id = await recordIncident(server, server.users['call-handler']);
    await post(`/api/incidents/${id}/assessments`, { factors: factors('high') });
    const override = await post(`/api/incidents/${id}/grade`, { grade: 3 });
    expect(override.statusCode).toBe(400);
    expect(override.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'reason' } });
    const stale = await post(`/api/incidents/${id}/assessments`, { factors: factors('low'), expectedVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it('refuses routing before grading (409 INVALID_TRANSITION) and a call handler routing (403)', async () => {
    const id = await recordIncident(server, server.users['call-handler']);
    const early = await post(`/api/incidents/${id}/route`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { code: 'INVALID_TRANSITION' } });
    expect((await post(`/api/incidents/${id}/route`, {}, server.users['call-handler'].headers)).statusCode).toBe(403);
  });
});

describe('GET /api/incidents/:id', () => {
  it('without X-Justification is 400 naming it', async () => {
    const id = await recordIncident(server, server.users['call-handler']);
    const response = await server.app.inject({ method: 'GET', url: `/api/incidents/${id}`, headers: server.users.controller.headers });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'X-Justification' } });
  });

  it('returns the incident with its caller and logs the consultation with the justification', async () => {
    const id = await recordIncident(server, server.users['call-handler']);
    const response = await server.app.inject({ method: 'GET', url: `/api/incidents/${id}`, headers: { ...server.users.controller.headers, 'x-justification': 'calling the caller back about the assault' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id, caller: { name: 'A. Caller' } });
    expect(await createAuditRepository(server.database.db).head()).toMatchObject({
      action: 'consultation',
      actor: server.users.controller.user.id,
      entityType: 'incident',
      entityId: id,
      justification: 'calling the caller back about the assault',
    });
  });
});
