/**
 * The problem-solving routes through the HTTP API on the configured backend: a problem profile
 * placed in a ward of the model, SARA stage moves, linked incidents, partner tasks due by the
 * partner's SLA in England and Wales working days (the clock is set to Thursday 17 April 2025:
 * Good Friday, Easter Monday and the early May bank holiday fall inside a 10-day SLA), overdue
 * tasks, and the top-ten issues per ward.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestUser } from '../../testing';
import { call, hearEvents, setTime } from '../cases/case-work-fixture';
import { closeTestServer, installSyntheticSetup, NORTH_POINT, northAssault, recordIncident, SOUTH_POINT } from '../operations/operations-fixture';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  installSyntheticSetup(server);
  await setTime(server, '2025-04-17T10:00:00Z');
});
afterAll(async () => {
  await closeTestServer(server);
});

const pcso = () => server.users.pcso;
const BROOKSIDE = 'E05999902';
const ABBEY = 'E05999901';

async function open(as: TestUser, body: Record<string, unknown>) {
  return call(server, as, 'POST', '/api/problems', { title: 'Youths on the rec', issue: 'anti-social-behaviour', ...body });
}

async function opened(location: Record<string, unknown> = { description: 'the recreation ground, Mill Lane', wardCode: BROOKSIDE }): Promise<{ id: string; version: number }> {
  const response = await open(pcso(), { location });
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe('POST /api/problems', () => {
  it('opens a profile at scanning in a ward of the model (its area follows), owned by the caller, and announces it', async () => {
    const heard = hearEvents(server);
    const response = await open(pcso(), { location: { description: 'the recreation ground, Mill Lane', wardCode: BROOKSIDE } });
    expect(response.statusCode).toBe(201);
    const problem = response.json();
    expect(problem).toMatchObject({ stage: 'scanning', status: 'open', issue: 'anti-social-behaviour', location: { wardCode: BROOKSIDE, area: 'north' }, ownerId: pcso().user.id, version: 1 });
    expect(await heard.next('problem.opened')).toMatchObject({ entityId: problem.id, areaId: 'north', data: { wardCode: BROOKSIDE } });
    heard.stop();
  });

  it('places a point in its ward when no ward is given; names the field for an unknown ward; refuses another area (403)', async () => {
    const placed = await open(pcso(), { location: { description: 'outside the Co-op', ...NORTH_POINT } });
    expect(placed.json()).toMatchObject({ location: { wardCode: ABBEY, area: 'north', lat: NORTH_POINT.lat } });
    expect((await open(pcso(), { location: { description: 'x', wardCode: 'E05000000' } })).json()).toMatchObject({ error: { code: 'VALIDATION', field: 'location.wardCode' } });
    expect((await open(pcso(), { location: { description: 'x' } })).json()).toMatchObject({ error: { code: 'VALIDATION', field: 'location.wardCode' } });
    expect((await open(pcso(), { location: { description: 'x', ...SOUTH_POINT } })).statusCode).toBe(403);
    expect((await open(pcso(), { location: { description: 'x', wardCode: BROOKSIDE }, ownerId: 'user-nobody' })).json()).toMatchObject({ error: { code: 'VALIDATION', field: 'ownerId' } });
    expect((await open(server.users['call-handler'], { location: { description: 'x', wardCode: BROOKSIDE } })).statusCode).toBe(403);
  });
});

describe('working a problem', () => {
  it('moves through SARA, refusing a skipped stage (409 INVALID_TRANSITION) and a stale version (409 CONFLICT)', async () => {
    const { id } = await opened();
    const stage = (to: string, extra: Record<string, unknown> = {}) => call(server, pcso(), 'POST', `/api/problems/${id}/stage`, { to, ...extra });
    const skipped = await stage('response');
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json()).toMatchObject({ error: { code: 'INVALID_TRANSITION', field: 'stage' } });
    expect((await stage('analysis', { note: 'calls peak on Friday evenings', expectedVersion: 1 })).json()).toMatchObject({ stage: 'analysis', version: 2 });
    expect((await stage('response', { expectedVersion: 1 })).json()).toMatchObject({ error: { code: 'CONFLICT', field: 'expectedVersion' } });
  });

  it('links an incident once (a second time is 409 CONFLICT; an unknown one 404 naming incidentId)', async () => {
    const { id } = await opened();
    const incidentId = await recordIncident(server, server.users['call-handler']);
    const linked = await call(server, pcso(), 'POST', `/api/problems/${id}/incidents`, { incidentId });
    expect(linked.statusCode).toBe(201);
    expect(linked.json()).toMatchObject({ linkedIncidents: [{ incidentId, by: pcso().user.id }] });
    expect((await call(server, pcso(), 'POST', `/api/problems/${id}/incidents`, { incidentId })).json()).toMatchObject({ error: { code: 'CONFLICT', field: 'incidentId' } });
    expect((await call(server, pcso(), 'POST', `/api/problems/${id}/incidents`, { incidentId: 'incident-none' })).json()).toMatchObject({ error: { code: 'NOT_FOUND', field: 'incidentId' } });
  });

  it('gives a partner a task due by its SLA in working days, lists it overdue once that passes, and closes it late', async () => {
    const { id } = await opened();
    const assigned = await call(server, pcso(), 'POST', `/api/problems/${id}/tasks`, { title: 'Repair the fence and the lighting', partnerId: 'district-council' });
    expect(assigned.statusCode).toBe(201);
    // District council SLA: 10 working days from Thu 17 April 2025, skipping Good Friday (18), Easter
    // Monday (21) and the early May bank holiday (5 May): Tue 22 … Fri 2 May is 9, Tue 6 May is 10.
    const { task, problem } = assigned.json();
    expect(task).toMatchObject({ assignee: { kind: 'partner', partnerId: 'district-council' }, basis: 'partner-sla', allowedWorkingDays: 10, dueDate: '2025-05-06', status: 'open' });
    expect(problem).toMatchObject({ openTasks: 1, overdueTasks: 0 });
    expect((await call(server, pcso(), 'POST', `/api/problems/${id}/tasks`, { title: 'Patrol', officerId: pcso().user.id })).json()).toMatchObject({ error: { code: 'VALIDATION', field: 'dueDate' } });
    expect((await call(server, pcso(), 'POST', `/api/problems/${id}/tasks`, { title: 'x', partnerId: 'parish-nobody' })).json()).toMatchObject({ error: { code: 'NOT_FOUND', field: 'partnerId' } });

    await setTime(server, '2025-05-08T09:00:00Z'); // Thu 8 May: Wed 7 and Thu 8 past the due date
    const overdue = await call(server, server.users.supervisor, 'GET', '/api/problems/overdue-tasks?partnerId=district-council');
    expect(overdue.statusCode).toBe(200);
    const late = (overdue.json().tasks as { problemId: string; task: { id: string }; workingDaysOverdue: number }[]).find((entry) => entry.problemId === id);
    expect(late).toMatchObject({ task: { id: task.id }, workingDaysOverdue: 2 });
    const summaries = (await call(server, pcso(), 'GET', '/api/problems')).json().problems as { id: string; overdueTasks: number }[];
    expect(summaries.find((entry) => entry.id === id)).toMatchObject({ overdueTasks: 1 });

    const closed = await call(server, pcso(), 'POST', `/api/problems/${id}/tasks/${task.id}/close`, { outcome: 'done', note: 'fence repaired' });
    expect(closed.json()).toMatchObject({ task: { status: 'done', doneOnTime: false }, problem: { openTasks: 0 } });
    expect((await call(server, pcso(), 'POST', `/api/problems/${id}/tasks/${task.id}/close`, { outcome: 'done' })).json()).toMatchObject({ error: { code: 'CONFLICT', field: 'taskId' } });
    await setTime(server, '2025-04-17T10:00:00Z');
  });

  it('closes a problem only after its assessment', async () => {
    const { id } = await opened();
    expect((await call(server, pcso(), 'POST', `/api/problems/${id}/close`, { summary: 'done' })).json()).toMatchObject({ error: { code: 'INVALID_TRANSITION', field: 'stage' } });
    for (const to of ['analysis', 'response', 'assessment']) expect((await call(server, pcso(), 'POST', `/api/problems/${id}/stage`, { to })).statusCode).toBe(200);
    const closed = await call(server, pcso(), 'POST', `/api/problems/${id}/close`, { summary: 'calls down 60 % over eight weeks' });
    expect(closed.json()).toMatchObject({ status: 'closed', closureSummary: 'calls down 60 % over eight weeks' });
  });
});

describe('reading problems', () => {
  it('shows a profile to readers of its area, not to another area', async () => {
    const { id } = await opened();
    expect((await call(server, server.users.controller, 'GET', `/api/problems/${id}`)).json()).toMatchObject({ id, stage: 'scanning' });
    const southPcso = await server.addUser({ username: 'south-pcso', role: 'pcso', areaId: 'south' });
    expect((await call(server, southPcso, 'GET', `/api/problems/${id}`)).statusCode).toBe(403);
    expect((await call(server, southPcso, 'GET', '/api/problems?area=north')).statusCode).toBe(403);
    expect((await call(server, southPcso, 'GET', '/api/problems')).json()).toEqual({ problems: [] });
  });

  it('ranks the top issues per ward: incidents of the window first, then open problems', async () => {
    // Three shoplifting offences in Abbey (the fixture places north points there) beside the assaults; ASB has profiles in Brookside.
    await recordIncident(server, server.users['call-handler']);
    await opened({ description: 'outside the Co-op', ...NORTH_POINT });
    await opened();
    for (let count = 0; count < 3; count += 1) await recordIncident(server, server.users['call-handler'], northAssault({ incidentType: { code: 'crime', policeUkCategory: 'shoplifting' }, description: `shoplifting ${count}` }));
    const response = await call(server, pcso(), 'GET', '/api/problems/ward-issues?from=2025-04-01T00:00:00Z&to=2025-04-18T00:00:00Z');
    expect(response.statusCode).toBe(200);
    const body = response.json() as { area: string; wards: { wardCode: string; issues: { rank: number; issue: string; incidents: number; openProblems: number }[] }[] };
    expect(body.area).toBe('north');
    const abbey = body.wards.find((ward) => ward.wardCode === ABBEY)?.issues ?? [];
    // The assaults of this file (one here, one linked above) rank below; the ASB profile opened at the north point counts with no incidents.
    expect(abbey.map((entry) => [entry.rank, entry.issue, entry.incidents > 0, entry.openProblems > 0])).toEqual([
      [1, 'shoplifting', true, false],
      [2, 'violent-crime', true, false],
      [3, 'anti-social-behaviour', false, true],
    ]);
    expect(abbey[0]?.incidents).toBe(3);
    const brookside = body.wards.find((ward) => ward.wardCode === BROOKSIDE)?.issues ?? [];
    expect(brookside[0]).toMatchObject({ rank: 1, issue: 'anti-social-behaviour', incidents: 0 });
    expect(brookside[0]?.openProblems).toBeGreaterThan(0);
    const empty = await call(server, pcso(), 'GET', '/api/problems/ward-issues?from=2025-04-18T00:00:00Z&to=2025-04-19T00:00:00Z');
    expect((empty.json().wards as { wardCode: string; issues: { incidents: number }[] }[]).every((ward) => ward.issues.every((issue) => issue.incidents === 0))).toBe(true);
    expect((await call(server, pcso(), 'GET', '/api/problems/ward-issues?from=2025-04-19T00:00:00Z&to=2025-04-18T00:00:00Z')).json()).toMatchObject({ error: { code: 'VALIDATION', field: 'from' } });
  });
});
