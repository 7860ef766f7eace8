/** GET /api/force: the active model's force and areas, for the web app's header; 503 before a model is stored. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing';
import { installSyntheticSetup } from './operations/operations-fixture';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('GET /api/force', () => {
  it('is 503 UNAVAILABLE while no policing model is stored', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/force', headers: server.users.pcso.headers });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ error: { code: 'UNAVAILABLE' } });
  });

  it('names the force and its areas to any signed-in role', async () => {
    installSyntheticSetup(server);
    const response = await server.app.inject({ method: 'GET', url: '/api/force', headers: server.users['call-handler'].headers });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: 'peelshire',
      name: 'Peelshire Constabulary (synthetic)',
      areas: [
        { id: 'north', name: 'North Peelshire' },
        { id: 'south', name: 'South Peelshire' },
      ],
    });
  });
});
