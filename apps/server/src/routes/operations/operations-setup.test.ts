/**
 * The operations setup a real server loads: 503 UNAVAILABLE until a policing model is stored, then
 * the stored model (with the location resolver over whatever boundaries are stored — none here, so
 * incidents are unplaced) without a restart.
 */
import { createModelRepository } from '@peel/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing';
import { closeTestServer, northAssault, syntheticSetup } from './operations-fixture';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await closeTestServer(server);
});

describe('the operations setup loaded from the database', () => {
  it('answers 503 UNAVAILABLE while no model is stored, then uses the model once one is', async () => {
    const headers = server.users.admin.headers;
    const before = await server.app.inject({ method: 'POST', url: '/api/units', headers, payload: { teamId: 'north-response', relief: 1, officers: [{ officerId: 'pc-setup', role: 'PC' }] } });
    expect(before.statusCode).toBe(503);
    expect(before.json()).toMatchObject({ error: { code: 'UNAVAILABLE' } });

    const { model } = syntheticSetup();
    await createModelRepository(server.database.db).save({ id: model.id, name: 'Peelshire (synthetic)', sourcePath: 'models/synthetic.yaml', contentHash: 'a'.repeat(64), document: model });
    const after = await server.app.inject({ method: 'POST', url: '/api/units', headers, payload: { teamId: 'north-response', relief: 1, officers: [{ officerId: 'pc-setup', role: 'PC' }] } });
    expect(after.statusCode).toBe(201);
    expect(after.json()).toMatchObject({ callSign: 'N11', areaId: 'north' });
  });

  it('places no incident without stored boundaries: the area is unknown, so only force-wide users may record one', async () => {
    const supervisor = await server.addUser({ username: 'force-supervisor', role: 'supervisor', areaId: null });
    const response = await server.app.inject({ method: 'POST', url: '/api/incidents', headers: supervisor.headers, payload: northAssault() });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ location: { areaId: null, ward: null } });
  });
});
