/**
 * The case routes through the HTTP API on the configured backend: a crime becomes a case with one
 * owner, every change of owner is a counted handoff with its reason, Home Office outcomes are
 * checked (422 OUTCOME_RULE naming the element), reads of personal data need a justification and
 * are audited, and the owner/area scope holds.
 */
import { createAuditRepository } from '@peel/db';
import { OUTCOME_TYPE_CODES } from '@peel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestUser } from '../../testing';
import { closeTestServer, installSyntheticSetup, northAssault, recordIncident, SOUTH_POINT } from '../operations/operations-fixture';
import { call, hearEvents, setTime } from './case-work-fixture';

let server: TestServer;
let southInvestigator: TestUser;
beforeAll(async () => {
  server = await startTestServer();
  installSyntheticSetup(server);
  southInvestigator = await server.addUser({ username: 'south-dc', role: 'investigator', areaId: 'south' });
  await setTime(server, '2025-04-17T10:00:00Z', [southInvestigator]);
});
afterAll(async () => {
  await closeTestServer(server);
});

const officer = () => server.users['response-officer'];
const investigator = () => server.users.investigator;
const supervisor = () => server.users.supervisor;
const WHY = 'reviewing the investigation';

/** Records a north assault and opens a case on it as `as` (body extras merged); returns the answer. */
async function openCaseAs(as: TestUser, extra: Record<string, unknown> = {}) {
  const incidentId = await recordIncident(server, server.users['call-handler']);
  return call(server, as, 'POST', '/api/cases', { incidentId, ...extra });
}

async function openedCase(as: TestUser = officer()): Promise<{ id: string; incidentId: string; version: number }> {
  const response = await openCaseAs(as);
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe('POST /api/cases', () => {
  it('opens a case on a crime with the caller as its one owner, audits the collection and announces it', async () => {
    const heard = hearEvents(server);
    const response = await openCaseAs(officer(), { committedOn: '2025-04-16' });
    expect(response.statusCode).toBe(201);
    const opened = response.json();
    expect(opened).toMatchObject({ offenceType: 'violent-crime', area: 'north', wardCode: 'E05999901', status: 'allocated', owner: { officerId: officer().user.id }, handoffCount: 0, outcome: null, version: 1 });
    expect(await createAuditRepository(server.database.db).head()).toMatchObject({ action: 'collection', actor: officer().user.id, entityType: 'case', entityId: opened.id, details: { fields: ['location.description'] } });
    expect(await heard.next('case.opened')).toMatchObject({ entityId: opened.id, areaId: 'north', ownerIds: [officer().user.id] });
    heard.stop();
  });

  it('lets a supervisor allocate it to an investigator, but not to someone who cannot own a case', async () => {
    const allocated = await openCaseAs(supervisor(), { ownerId: investigator().user.id, ownerTeamId: 'cid' });
    expect(allocated.statusCode).toBe(201);
    expect(allocated.json()).toMatchObject({ owner: { officerId: investigator().user.id, teamId: 'cid' } });
    const toHandler = await openCaseAs(supervisor(), { ownerId: server.users['call-handler'].user.id });
    expect(toHandler.statusCode).toBe(400);
    expect(toHandler.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'ownerId' } });
    expect(toHandler.json().error.message).toContain('cannot own a case');
    const toSouth = await openCaseAs(supervisor(), { ownerId: southInvestigator.user.id });
    expect(toSouth.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'ownerId' } });
    const toNobody = await openCaseAs(supervisor(), { ownerId: 'user-nobody' });
    expect(toNobody.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'ownerId' } });
  });

  it('asks for the offence when the incident is not recorded as a crime, and refuses a second open case for the same offence', async () => {
    const asb = await recordIncident(server, server.users['call-handler'], northAssault({ incidentType: { code: 'asb-personal' }, description: 'Youths threatening residents' }));
    const unnamed = await call(server, officer(), 'POST', '/api/cases', { incidentId: asb });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'offenceType' } });
    const named = await call(server, officer(), 'POST', '/api/cases', { incidentId: asb, offenceType: 'public-order' });
    expect(named.statusCode).toBe(201);
    expect(named.json()).toMatchObject({ offenceType: 'public-order' });
    const twice = await call(server, officer(), 'POST', '/api/cases', { incidentId: asb, offenceType: 'public-order' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it('is 404 for an unknown incident, 403 for one outside the caller\'s area, 403 to a call handler', async () => {
    expect((await call(server, officer(), 'POST', '/api/cases', { incidentId: 'incident-none' })).json()).toMatchObject({ error: { code: 'NOT_FOUND', field: 'incidentId' } });
    const southHandler = await server.addUser({ username: 'south-handler', role: 'call-handler', areaId: 'south' });
    const south = await recordIncident(server, southHandler, northAssault({ location: SOUTH_POINT }));
    expect((await call(server, officer(), 'POST', '/api/cases', { incidentId: south })).statusCode).toBe(403);
    expect((await openCaseAs(server.users['call-handler'])).statusCode).toBe(403);
  });
});

describe('GET /api/cases/:id', () => {
  it('needs a justification, is audited as a consultation, and shows the case to its owner and the area\'s investigators only', async () => {
    const { id } = await openedCase();
    const unjustified = await call(server, officer(), 'GET', `/api/cases/${id}`);
    expect(unjustified.statusCode).toBe(400);
    expect(unjustified.json()).toMatchObject({ error: { code: 'VALIDATION', field: 'X-Justification' } });
    const read = await call(server, officer(), 'GET', `/api/cases/${id}`, undefined, WHY);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id, location: { description: '1 High Street', wardCode: 'E05999901' }, handoffs: [], suspects: [], statusHistory: [{ to: 'allocated' }], currentOutcome: null });
    expect(await createAuditRepository(server.database.db).head()).toMatchObject({ action: 'consultation', entityType: 'case', entityId: id, justification: WHY });
    expect((await call(server, investigator(), 'GET', `/api/cases/${id}`, undefined, WHY)).statusCode).toBe(200);
    const colleague = await server.addUser({ username: 'another-pc', role: 'response-officer', areaId: 'north' });
    expect((await call(server, colleague, 'GET', `/api/cases/${id}`, undefined, WHY)).statusCode).toBe(403);
    expect((await call(server, southInvestigator, 'GET', `/api/cases/${id}`, undefined, WHY)).statusCode).toBe(403);
    expect((await call(server, officer(), 'GET', '/api/cases/case-none', undefined, WHY)).statusCode).toBe(404);
  });
});

describe('POST /api/cases/:id/handoffs', () => {
  it('moves the case to its new owner with the reason and time, counts it, and only the current owner (or a supervisor) can hand it on', async () => {
    const heard = hearEvents(server);
    const { id } = await openedCase();
    const first = await call(server, officer(), 'POST', `/api/cases/${id}/handoffs`, { toOfficerId: investigator().user.id, toTeamId: 'cid', reason: 'needs a detective: serious injury', expectedVersion: 1 });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      case: { owner: { officerId: investigator().user.id, teamId: 'cid' }, handoffCount: 1, version: 2 },
      handoff: { sequence: 1, from: { officerId: officer().user.id }, to: { officerId: investigator().user.id, teamId: 'cid' }, reason: 'needs a detective: serious injury', at: '2025-04-17T10:00:00.000Z', by: officer().user.id },
    });
    expect(await heard.next('case.handed-off')).toMatchObject({ entityId: id, ownerIds: [officer().user.id, investigator().user.id], data: { handoffCount: 1 } });
    heard.stop();
    // The previous owner no longer reaches it; a stale version is refused.
    expect((await call(server, officer(), 'POST', `/api/cases/${id}/handoffs`, { toOfficerId: officer().user.id, reason: 'mine again' })).statusCode).toBe(403);
    const stale = await call(server, investigator(), 'POST', `/api/cases/${id}/handoffs`, { toOfficerId: officer().user.id, reason: 'back', expectedVersion: 1 });
    expect(stale.json()).toMatchObject({ error: { code: 'CONFLICT', field: 'expectedVersion' } });
    const back = await call(server, supervisor(), 'POST', `/api/cases/${id}/handoffs`, { toOfficerId: officer().user.id, reason: 'victim knows PC; one team keeps it' });
    expect(back.json()).toMatchObject({ case: { handoffCount: 2, owner: { officerId: officer().user.id } }, handoff: { sequence: 2 } });
  });

  it('names the field: a missing reason (400), a handoff to the current owner, a new owner who could not open the case', async () => {
    const { id } = await openedCase();
    expect((await call(server, officer(), 'POST', `/api/cases/${id}/handoffs`, { toOfficerId: investigator().user.id })).json()).toMatchObject({ error: { code: 'VALIDATION', field: 'reason' } });
    expect((await call(server, officer(), 'POST', `/api/cases/${id}/handoffs`, { toOfficerId: officer().user.id, reason: 'r' })).json()).toMatchObject({ error: { code: 'VALIDATION', field: 'to.officerId' } });
    expect((await call(server, officer(), 'POST', `/api/cases/${id}/handoffs`, { toOfficerId: southInvestigator.user.id, reason: 'r' })).json()).toMatchObject({ error: { code: 'VALIDATION', field: 'toOfficerId' } });
  });
});

describe('GET /api/cases/handoff-figures', () => {
  it('summarises handoffs per case for the supervisor\'s area, and for any area to an analyst', async () => {
    const heavy = await openedCase();
    let owner = officer();
    for (const next of [investigator(), officer(), investigator()]) {
      const handed = await call(server, owner, 'POST', `/api/cases/${heavy.id}/handoffs`, { toOfficerId: next.user.id, reason: 'passed on' });
      expect(handed.statusCode).toBe(201);
      owner = next;
    }
    const figures = await call(server, supervisor(), 'GET', '/api/cases/handoff-figures');
    expect(figures.statusCode).toBe(200);
    const body = figures.json();
    expect(body).toMatchObject({ area: 'north', maxPerCase: 3, maxCaseIds: [heavy.id] });
    expect(body.caseCount).toBeGreaterThan(1);
    expect(body.distribution.find((entry: { handoffs: number }) => entry.handoffs === 3)).toEqual({ handoffs: 3, cases: 1 });
    expect(body.meanPerCase).toBeCloseTo(body.handoffCount / body.caseCount, 10);
    expect((await call(server, supervisor(), 'GET', '/api/cases/handoff-figures?area=south')).statusCode).toBe(403);
    const south = await call(server, server.users.analyst, 'GET', '/api/cases/handoff-figures?area=south');
    expect(south.json()).toMatchObject({ area: 'south', caseCount: 0, handoffCount: 0, meanPerCase: 0 });
    const later = await call(server, server.users.analyst, 'GET', '/api/cases/handoff-figures?openedFrom=2025-04-18T00:00:00Z');
    expect(later.json()).toMatchObject({ caseCount: 0 });
  });
});

describe('POST /api/cases/:id/outcome', () => {
  it('refuses an outcome whose rules are not met with 422 OUTCOME_RULE naming the element, then finalises with a valid one', async () => {
    const { id } = await openedCase();
    const outcome = (claim: Record<string, unknown>) => call(server, officer(), 'POST', `/api/cases/${id}/outcome`, claim);
    const noSuspect = await outcome({ type: 1 });
    expect(noSuspect.statusCode).toBe(422);
    expect(noSuspect.json()).toMatchObject({ error: { code: 'OUTCOME_RULE', field: 'suspectId' } });
    expect((await outcome({ type: 19 })).json()).toMatchObject({ error: { code: 'VALIDATION', field: 'type' } });

    const named = await call(server, officer(), 'POST', `/api/cases/${id}/suspects`, { name: 'J. Smith', dateOfBirth: '1990-02-01' });
    expect(named.statusCode).toBe(201);
    const suspectId = named.json().suspect.id as string;
    expect(named.json()).toMatchObject({ suspect: { name: 'J. Smith', dateOfBirth: '1990-02-01', status: 'named' }, case: { version: 2 } });
    expect(await createAuditRepository(server.database.db).head()).toMatchObject({ action: 'collection', entityType: 'case', entityId: id, details: { fields: ['suspect.name', 'suspect.dateOfBirth'], suspectId } });

    const noAdmission = await outcome({ type: 8, suspectId, victimViewsSought: true });
    expect(noAdmission.statusCode).toBe(422);
    expect(noAdmission.json()).toMatchObject({ error: { code: 'OUTCOME_RULE', field: 'admission' } });
    const youthCaution = await outcome({ type: 2, suspectId, admission: true });
    expect(youthCaution.json()).toMatchObject({ error: { code: 'OUTCOME_RULE', field: 'suspect.dateOfBirth' } });

    const heard = hearEvents(server);
    const charged = await outcome({ type: 1, suspectId });
    expect(charged.statusCode).toBe(201);
    expect(charged.json()).toMatchObject({ case: { status: 'finalised', outcome: { type: 1, title: 'Charged or summonsed (including postal requisition)' } }, outcome: { type: 1, group: 'charged-summonsed', claim: { suspectId }, recordedBy: officer().user.id } });
    expect(await heard.next('case.finalised')).toMatchObject({ entityId: id, data: { outcome: 1 } });
    heard.stop();

    // Finalised: no handoff; only a supervisor reopens it, and the outcome is kept as a previous one.
    expect((await call(server, officer(), 'POST', `/api/cases/${id}/handoffs`, { toOfficerId: investigator().user.id, reason: 'r' })).json()).toMatchObject({ error: { code: 'INVALID_TRANSITION' } });
    expect((await call(server, officer(), 'POST', `/api/cases/${id}/reopen`, { reason: 'new evidence' })).statusCode).toBe(403);
    const reopened = await call(server, supervisor(), 'POST', `/api/cases/${id}/reopen`, { reason: 'CPS asked for more evidence' });
    expect(reopened.json()).toMatchObject({ case: { status: 'investigating', outcome: null } });
    const read = await call(server, officer(), 'GET', `/api/cases/${id}`, undefined, WHY);
    expect(read.json()).toMatchObject({ currentOutcome: null, previousOutcomes: [{ type: 1 }] });
  });

  it('eliminates a suspect (audited alteration) so that outcome 18 (no suspect identified) can be recorded', async () => {
    const { id } = await openedCase();
    const named = await call(server, officer(), 'POST', `/api/cases/${id}/suspects`, { name: 'A. Person' });
    const suspectId = named.json().suspect.id as string;
    expect((await call(server, officer(), 'POST', `/api/cases/${id}/outcome`, { type: 18 })).json()).toMatchObject({ error: { code: 'OUTCOME_RULE', field: 'suspectId' } });
    const eliminated = await call(server, officer(), 'POST', `/api/cases/${id}/suspects/${suspectId}/eliminate`, { reason: 'alibi confirmed by CCTV' });
    expect(eliminated.statusCode).toBe(200);
    expect(await createAuditRepository(server.database.db).head()).toMatchObject({ action: 'alteration', entityId: id, details: { suspectId } });
    expect((await call(server, officer(), 'POST', `/api/cases/${id}/outcome`, { type: 18 })).statusCode).toBe(201);
  });
});

describe('POST /api/cases/:id/status', () => {
  it('moves along the flow, and refuses a move it does not allow (409 INVALID_TRANSITION naming status)', async () => {
    const { id } = await openedCase();
    const moved = await call(server, officer(), 'POST', `/api/cases/${id}/status`, { to: 'investigating' });
    expect(moved.json()).toMatchObject({ case: { status: 'investigating', version: 2 } });
    const back = await call(server, officer(), 'POST', `/api/cases/${id}/status`, { to: 'allocated' });
    expect(back.statusCode).toBe(409);
    expect(back.json()).toMatchObject({ error: { code: 'INVALID_TRANSITION', field: 'status' } });
  });
});

describe('GET /api/cases/mine and /api/cases/outcome-types', () => {
  it('lists the caller\'s own open cases (or all), without personal data', async () => {
    const mine = await call(server, investigator(), 'GET', '/api/cases/mine');
    expect(mine.statusCode).toBe(200);
    const cases = mine.json().cases as { owner: { officerId: string }; status: string; location?: unknown }[];
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.every((entry) => entry.owner.officerId === investigator().user.id && entry.status !== 'finalised' && entry.location === undefined)).toBe(true);
    const all = (await call(server, officer(), 'GET', '/api/cases/mine?status=all')).json().cases as { status: string }[];
    const open = (await call(server, officer(), 'GET', '/api/cases/mine')).json().cases as { status: string }[];
    expect(all.filter((entry) => entry.status === 'finalised').length).toBeGreaterThan(0);
    expect(all.length - open.length).toBe(all.filter((entry) => entry.status === 'finalised').length);
    expect((await call(server, server.users.controller, 'GET', '/api/cases/mine')).statusCode).toBe(403);
  });

  it('lists the outcome types in use (19 is not) with the rules each must meet', async () => {
    const response = await call(server, officer(), 'GET', '/api/cases/outcome-types');
    const types = response.json().outcomeTypes as { type: number; rules: { id: string }[] }[];
    expect(types.map((entry) => entry.type)).toEqual([...OUTCOME_TYPE_CODES]);
    expect(types.find((entry) => entry.type === 8)?.rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(['named-suspect']));
  });
});
