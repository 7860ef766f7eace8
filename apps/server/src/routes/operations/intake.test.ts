/**
 * POST /api/units and POST /api/incidents on the configured backend: 201 with the resource, area
 * scope, validation naming the field, and the audited collection of the caller's details.
 */
import { createAuditRepository, createOperationsRepositories } from '@peel/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing';
import { closeTestServer, installSyntheticSetup, NORTH_POINT, northAssault, SOUTH_POINT } from './operations-fixture';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  installSyntheticSetup(server);
});
afterAll(async () => {
  await closeTestServer(server);
});

const post = (url: string, headers: Record<string, string>, payload: unknown) => server.app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });

describe('POST /api/units', () => {
  it('books a unit with a call sign from the team template (N{shift}{n}) and returns 201', async () => {
    const response = await post('/api/units', server.users.controller.headers, { teamId: 'north-response', relief: 3, officers: [{ officerId: 'pc-1', role: 'PC' }], position: NORTH_POINT });
    expect(response.statusCode).toBe(201);
    const unit = response.json();
    expect(unit).toMatchObject({ callSign: 'N31', teamId: 'north-response', areaId: 'north', status: 'available', teamKind: 'response' });
    expect(await createOperationsRepositories(server.database.db).units.get(unit.id)).toMatchObject({ callSign: 'N31' });
  });

  it('refuses an area-scoped controller booking a unit in another area (403), force-wide admin may', async () => {
    const body = { teamId: 'south-response', officers: [{ officerId: 'pc-south-1', role: 'PC' }], position: SOUTH_POINT, relief: 1 };
    const refused = await post('/api/units', server.users.controller.headers, body);
    expect(refused.statusCode).toBe(403);
    const allowed = await post('/api/units', server.users.admin.headers, body);
    expect(allowed.statusCode).toBe(201);
    expect(allowed.json()).toMatchObject({ areaId: 'south' });
  });

  it('names the bad field: an unknown team, then a role the model does not have', async () => {
    const team = await post('/api/units', server.users.controller.headers, { teamId: 'nope', officers: [{ officerId: 'x', role: 'PC' }] });
    expect(team.statusCode).toBe(400);
    expect(team.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'teamId' } });
    const officers = await post('/api/units', server.users.controller.headers, { teamId: 'north-response', relief: 1, officers: [] });
    expect(officers.statusCode).toBe(400);
    expect(officers.json()).toMatchObject({ error: { code: 'VALIDATION' } });
  });

  it('is refused to a call handler (403)', async () => {
    const response = await post('/api/units', server.users['call-handler'].headers, { teamId: 'north-response', relief: 1, officers: [{ officerId: 'y', role: 'PC' }] });
    expect(response.statusCode).toBe(403);
  });
});

describe('POST /api/incidents', () => {
  it('records the incident placed in its area and logs the collection of personal data in the same transaction', async () => {
    const response = await post('/api/incidents', server.users['call-handler'].headers, northAssault({ victim: { name: 'V. Ictim' } }));
    expect(response.statusCode).toBe(201);
    const incident = response.json();
    expect(incident).toMatchObject({
      channel: { id: '999' },
      createdBy: server.users['call-handler'].user.id,
      caller: { name: 'A. Caller', phone: '07700 900123' },
      location: { areaId: 'north', ward: { code: 'E05999901', name: 'Abbey' }, urbanRural: 'urban' },
      demandTypeId: 'violence',
      version: 1,
      timeline: [{ sequence: 1, type: 'created' }],
    });
    expect(await createAuditRepository(server.database.db).head()).toMatchObject({
      action: 'collection',
      actor: server.users['call-handler'].user.id,
      entityType: 'incident',
      entityId: incident.id,
      details: { fields: ['caller', 'victim', 'description', 'location.description'] },
    });
  });

  it('refuses (403) an area-scoped call handler recording an incident in another area, and keeps nothing', async () => {
    const id = `incident-${Date.now()}`;
    const response = await post('/api/incidents', server.users['call-handler'].headers, northAssault({ location: SOUTH_POINT, description: id }));
    expect(response.statusCode).toBe(403);
    const head = await createAuditRepository(server.database.db).head();
    expect(head).toMatchObject({ action: 'access-denied', entityType: 'incident' });
    const refusedId = head?.entityId ?? '';
    expect(await createOperationsRepositories(server.database.db).incidents.findById(refusedId)).toBeNull();
  });

  it('names the field of a domain validation failure (a channel the model does not have)', async () => {
    const response = await post('/api/incidents', server.users.controller.headers, northAssault({ channelId: 'carrier-pigeon' }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'channelId' } });
  });

  it('is refused to a response officer (403)', async () => {
    const response = await post('/api/incidents', server.users['response-officer'].headers, northAssault());
    expect(response.statusCode).toBe(403);
  });

  it('is documented in /api/docs with its body schema', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/docs/json' });
    const paths = (response.json() as { paths: Record<string, Record<string, { requestBody?: unknown }>> }).paths;
    expect(paths['/api/incidents']?.post?.requestBody).toBeDefined();
    expect(paths['/api/units']?.post?.requestBody).toBeDefined();
  });
});
