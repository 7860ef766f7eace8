/**
 * The server's foundation on the configured backend: health, the OpenAPI document, the error
 * shape, and the start-up refusals of routes without policies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@peel/config';
import { z } from 'zod';
import { ROUTE_POLICIES } from './authorization/policy-table';
import { createServer } from './create-server';
import { startTestServer, type TestServer } from './testing';
import { registerHealth } from './routes/health';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('GET /health', () => {
  it(`answers 200 { status: ok, database: ${getConfig().database.kind} } without a token`, async () => {
    const response = await server.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: getConfig().database.kind });
  });

  it('sets the security headers (helmet)', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('the OpenAPI document', () => {
  it('lists every documented route with its method, and only those', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe('3.1.0');
    const listed = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const documented = server.app.registeredRoutes.filter((route) => route.documented).map((route) => `${route.method} ${route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`);
    expect(documented.length).toBeGreaterThanOrEqual(10);
    expect(listed.sort()).toEqual([...new Set(documented)].sort());
  });

  it('marks protected routes with the bearer scheme and their roles, and documents X-Justification on personal-data reads', async () => {
    const document = (await server.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { security?: unknown; description?: string; parameters?: { name: string; in: string; required?: boolean }[]; responses: Record<string, unknown> }>>;
      components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
    };
    expect(document.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(document.components.schemas.Error).toBeDefined();
    const listUsers = document.paths['/api/users']?.get;
    expect(listUsers?.security).toEqual([{ bearerAuth: [] }]);
    expect(listUsers?.description).toContain('**Roles**: admin (force), supervisor (area)');
    expect(listUsers?.parameters).toContainEqual(expect.objectContaining({ name: 'x-justification', in: 'header', required: true }));
    expect(Object.keys(listUsers?.responses ?? {})).toEqual(expect.arrayContaining(['200', '4XX', '5XX']));
    expect(document.paths['/health']?.get?.security).toBeUndefined();
  });

  it('serves Swagger UI at /api/docs', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('swagger-ui');
  });
});

describe('errors', () => {
  it('an unknown route is 404 NOT_FOUND in the error shape', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/nothing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'no route GET /api/nothing' } });
  });

  it('a body that fails its zod schema is 400 VALIDATION naming the field', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/users', headers: server.users.admin.headers, payload: { username: 'new-user', password: 'p'.repeat(20), role: 'sheriff' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'VALIDATION', message: expect.stringMatching(/^role: expected one of call-handler, /), field: 'role' } });
  });

  it('a nested field is named by its path', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 7 } });
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'password' } });
  });

  it('malformed JSON is 400 VALIDATION naming the body; a body of an unknown type is 415', async () => {
    const bad = await server.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'body' } });
    const text = await server.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<login/>' });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
  });

  it('a domain CONFLICT is 409 with its field', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/users', headers: server.users.admin.headers, payload: { username: 'pcso', password: 'p'.repeat(20), role: 'pcso' } });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ error: { code: 'CONFLICT', message: "username 'pcso' is already taken", field: 'username' } });
  });
});

describe('start-up refuses routes without a policy', () => {
  // A second server on the same database: it is closed again when start-up fails.
  const serverOptions = () => ({ config: server.config, database: server.database, logger: false as const });

  it('throws naming a route that has no entry in the policy table', async () => {
    const registerUnlisted = (app: Parameters<typeof registerHealth>[0]) => {
      app.get('/api/unlisted', { schema: { response: { 200: z.object({}) } } }, async () => ({}));
    };
    await expect(createServer({ ...serverOptions(), routes: { policies: ROUTE_POLICIES, registrations: [registerUnlisted] } })).rejects.toThrow(
      /route GET \/api\/unlisted has no entry in the policy table \(apps\/server\/src\/authorization\/policy-table\.ts\)/,
    );
  });

  it('throws naming a policy entry that matches no route', async () => {
    const policies = { 'GET /health': { public: true }, 'GET /api/docs': { public: true }, 'GET /api/docs/*': { public: true }, 'GET /api/gone': { roles: { admin: 'force' } } } as const;
    await expect(createServer({ ...serverOptions(), routes: { policies, registrations: [registerHealth] } })).rejects.toThrow(/policy table entries match no registered route: GET \/api\/gone/);
  });
});
