/**
 * DPA 2018 s.62 through the HTTP layer, on the configured backend: reads of personal data need a
 * justification and are logged with it; refusals are logged; a route that forgets to log a
 * consultation cannot send the data; disclosures need recipients; restricted records are hidden;
 * and the chain the requests built verifies — until one row is changed.
 */
import { createAuditRepository } from '@peel/db';
import { tamperAuditEntry } from '@peel/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROUTE_POLICIES } from '../authorization/policy-table';
import { assertRecordAccess } from '../authorization/record-access';
import type { RoutePolicy } from '../authorization/route-policy';
import { ROUTES } from '../routes';
import type { RouteRegistration } from '../routes/peel-server';
import { startTestServer, type TestServer } from '../testing';

/** Test-only routes: one that forgets its audit entry, one with a restricted record, one disclosure. */
const testPolicies: Record<string, RoutePolicy> = {
  ...ROUTE_POLICIES,
  'GET /api/test/forgetful': { roles: { admin: 'force' }, personalData: 'consultation' },
  'GET /api/test/restricted/:id': { roles: { admin: 'force', investigator: 'area' }, personalData: 'consultation' },
  'POST /api/test/disclose': { roles: { admin: 'force' }, personalData: 'disclosure' },
};
const registerTestRoutes: RouteRegistration = (app) => {
  app.get('/api/test/forgetful', async () => ({ name: 'A. Victim' }));
  app.get('/api/test/restricted/:id', { schema: { params: z.object({ id: z.string() }) } }, async (request) => {
    assertRecordAccess(request, { entityType: 'case', entityId: request.params.id, areaId: 'north', restricted: true });
    await request.audit.record({ action: 'consultation', entityType: 'case', entityId: request.params.id });
    return { id: request.params.id };
  });
  app.post('/api/test/disclose', { schema: { body: z.object({ recipients: z.array(z.string()) }) } }, async (request) => {
    await request.audit.record({ action: 'disclosure', entityType: 'case', entityId: 'case-1', recipients: request.body.recipients });
    return { disclosed: true };
  });
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ routes: { policies: testPolicies, registrations: [...ROUTES, registerTestRoutes] } });
});
afterAll(async () => {
  await server?.close();
});

const audit = () => createAuditRepository(server.database.db);
const get = (url: string, headers: Record<string, string>) => server.app.inject({ method: 'GET', url, headers });

describe('consultation of personal data', () => {
  it('without X-Justification is refused with 400 VALIDATION naming it, before anything is read', async () => {
    const before = await audit().head();
    const response = await get(`/api/users/${server.users.pcso.user.id}`, server.users.admin.headers);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'VALIDATION', message: 'X-Justification: this route reads personal data; send the header with the reason you need it (DPA 2018 s.62)', field: 'X-Justification' },
    });
    expect((await audit().head())?.seq).toBe(before?.seq);
  });

  it('with a justification too short to mean anything is refused too', async () => {
    const response = await get(`/api/users/${server.users.pcso.user.id}`, { ...server.users.admin.headers, 'x-justification': 'because' });
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'X-Justification', message: 'X-Justification: give a reason of at least 10 characters' } });
  });

  it('with a justification is answered and logged: who, when, what, why', async () => {
    const response = await get(`/api/users/${server.users.pcso.user.id}`, { ...server.users.admin.headers, 'x-justification': 'vetting review VR-2024-17' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ username: 'pcso', role: 'pcso' });
    const entry = await audit().head();
    expect(entry).toMatchObject({
      action: 'consultation',
      actor: server.users.admin.user.id,
      entityType: 'user',
      entityId: server.users.pcso.user.id,
      justification: 'vetting review VR-2024-17',
      details: { route: 'GET /api/users/:id', ip: '127.0.0.1' },
    });
    expect(entry?.at.getTime()).toBe(server.clock.now().getTime());
  });

  it('outside the caller\'s area is 403 and logged as access-denied with the reason', async () => {
    const southern = await server.addUser({ username: 'southern-pcso', role: 'pcso', areaId: 'south' });
    const response = await get(`/api/users/${southern.user.id}`, { ...server.users.supervisor.headers, 'x-justification': 'checking shift cover' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: { code: 'FORBIDDEN', message: "access denied: the record is in area south; the user's scope is area north" } });
    expect(await audit().head()).toMatchObject({ action: 'access-denied', actor: server.users.supervisor.user.id, entityType: 'user', entityId: southern.user.id });
  });

  it('a list shows only records in scope, and logs which it showed', async () => {
    const response = await get('/api/users', { ...server.users.supervisor.headers, 'x-justification': 'checking shift cover' });
    const listed = (response.json() as { users: { username: string; areaId: string | null }[] }).users;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((user) => user.areaId === 'north')).toBe(true);
    const entry = await audit().head();
    expect(entry).toMatchObject({ action: 'consultation', justification: 'checking shift cover' });
    expect((entry?.details as { userIds: string[] }).userIds).toHaveLength(listed.length);
  });

  it('a route that does not log its consultation cannot send the data (500, response withheld)', async () => {
    const response = await get('/api/test/forgetful', { ...server.users.admin.headers, 'x-justification': 'testing the safety net' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'INTERNAL', message: 'internal error' } });
    expect(response.body).not.toContain('Victim');
  });
});

describe('restricted records', () => {
  it('are 404 to a user without restricted access — indistinguishable from a missing record — and the refusal is logged', async () => {
    const response = await get('/api/test/restricted/case-9', { ...server.users.investigator.headers, 'x-justification': 'case review for CPS file' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'case case-9 does not exist' } });
    expect(await audit().head()).toMatchObject({ action: 'access-denied', entityType: 'case', entityId: 'case-9', details: { reason: 'restricted record; the user has no restricted access' } });
  });

  it('are visible to a user with restricted access in scope', async () => {
    const specialist = await server.addUser({ username: 'pp-specialist', role: 'investigator', restrictedAccess: true });
    const response = await get('/api/test/restricted/case-9', { ...specialist.headers, 'x-justification': 'MARAC preparation for case 9' });
    expect(response.statusCode).toBe(200);
    expect(await audit().head()).toMatchObject({ action: 'consultation', actor: specialist.user.id, entityId: 'case-9' });
  });
});

describe('disclosure', () => {
  it('is logged with its recipients and justification', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/test/disclose', headers: { ...server.users.admin.headers, 'x-justification': 'file to CPS for charging decision' }, payload: { recipients: ['CPS South East'] } });
    expect(response.statusCode).toBe(200);
    expect(await audit().head()).toMatchObject({ action: 'disclosure', recipients: ['CPS South East'], justification: 'file to CPS for charging decision' });
  });

  it('without recipients is refused with VALIDATION naming them (s.62(3)(b))', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/test/disclose', headers: { ...server.users.admin.headers, 'x-justification': 'file to CPS for charging decision' }, payload: { recipients: [] } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'recipients' } });
  });
});

describe('the chain these requests built', () => {
  it('verifies through GET /api/audit/verify, then names the seq of a row changed behind the trigger', async () => {
    const intact = await get('/api/audit/verify', server.users.admin.headers);
    const { entries } = intact.json() as { intact: boolean; entries: number };
    expect(intact.json()).toMatchObject({ intact: true, head: { seq: entries } });
    expect(entries).toBeGreaterThan(10);
    const consultation = (await audit().list()).find((entry) => entry.action === 'consultation');
    if (!consultation) throw new Error('no consultation was logged');
    await tamperAuditEntry(server.database.db, consultation.seq, { justification: 'a better-sounding reason' });
    const broken = await get('/api/audit/verify', server.users.admin.headers);
    expect(broken.json()).toEqual({
      intact: false,
      entries: consultation.seq - 1,
      seq: consultation.seq,
      fault: 'hash-mismatch',
      message: `seq ${consultation.seq}: hash mismatch (the entry's content was changed after it was written)`,
    });
  });
});
