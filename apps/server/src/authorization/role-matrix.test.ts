/**
 * The role × route matrix (issue 7, "Security"): every registered route — including every route
 * added later, since it walks `app.registeredRoutes` — is called with no token and as every role.
 * The expectation comes from the policy table: no token → 401 on protected routes; a role the
 * entry lists → past authorization (neither 401 nor 403; the route may then answer 400 or 404 to
 * the probe request); any other role → 403 FORBIDDEN. Public routes never answer 401 or 403.
 */
import { createAuditRepository } from '@peel/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFor, startTestServer, type TestServer } from '../testing';
import { ROLES } from './roles';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** The status only: streamed responses (event streams) are abandoned once their headers are out. */
async function statusOf(route: TestServer['app']['registeredRoutes'][number], headers?: Record<string, string>): Promise<number> {
  const response = await server.app.inject(requestFor(route, headers));
  response.stream().destroy();
  return response.statusCode;
}

describe('role × route matrix', () => {
  it('covers every registered route', () => {
    expect(server.app.registeredRoutes.length).toBeGreaterThanOrEqual(15);
    const ids = server.app.registeredRoutes.map((route) => route.id);
    expect(ids).toContain('GET /api/users/:id');
    // The case, victim and problem routes (issue 7) are in the sweep.
    expect(ids).toEqual(expect.arrayContaining(['POST /api/cases', 'GET /api/cases/:id', 'POST /api/cases/:id/handoffs', 'POST /api/cases/:id/outcome', 'GET /api/victims/deadlines', 'POST /api/victims/:id/updates', 'GET /api/problems/ward-issues', 'POST /api/problems/:id/tasks']));
  });

  it('every route answers as the policy table says, for no token and for each of the eight roles', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of server.app.registeredRoutes) {
      const anonymous = await statusOf(route);
      const expectedAnonymous = route.policy.public ? 'not 401/403' : '401';
      if (route.policy.public ? anonymous === 401 || anonymous === 403 : anonymous !== 401) mismatches.push(`${route.id} without a token: ${anonymous}, expected ${expectedAnonymous}`);
      checked += 1;
      for (const role of ROLES) {
        const status = await statusOf(route, server.users[role].headers);
        const allowed = route.policy.public || route.policy.roles[role] !== undefined;
        if (allowed ? status === 401 || status === 403 : status !== 403) mismatches.push(`${route.id} as ${role}: ${status}, expected ${allowed ? 'not 401/403' : '403'}`);
        checked += 1;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(server.app.registeredRoutes.length * (ROLES.length + 1));
  });

  it('every refusal by role is in the audit log as access-denied', async () => {
    const route = server.app.registeredRoutes.find((candidate) => candidate.id === 'GET /api/audit/verify');
    if (!route) throw new Error('GET /api/audit/verify is not registered');
    expect(await statusOf(route, server.users.pcso.headers)).toBe(403);
    expect(await createAuditRepository(server.database.db).head()).toMatchObject({ action: 'access-denied', actor: server.users.pcso.user.id, entityType: 'route', entityId: 'GET /api/audit/verify', details: { reason: 'role pcso may not call GET /api/audit/verify' } });
  });
});
