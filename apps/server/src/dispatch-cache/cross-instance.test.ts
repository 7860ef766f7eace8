/**
 * Two server instances on one database (on PostgreSQL each with its own pool, as behind a load
 * balancer; on PGlite two servers in the one process): instance A answers recommendations from its
 * in-memory cache of the units on duty, and every change made elsewhere — through instance B's
 * API, or straight through the unit repository — is in A's very next recommendation, with no
 * wait and no notification. A controller acting on a recommendation shown before another instance
 * took the unit gets 409 UNIT_UNAVAILABLE: the database decides assignments, not the cache.
 */
import { getConfig } from '@peel/config';
import { createOperationsRepositories, openDatabase, type DatabaseHandle } from '@peel/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer } from '../close-server';
import { createServer } from '../create-server';
import { setOperationsSetup, type OperationsSetup } from '../routes/operations';
import { bookUnit, closeTestServer, gradeAndRouteAsEmergency, installSyntheticSetup, NORTH_POINT, recordIncident } from '../routes/operations/operations-fixture';
import type { PeelServer } from '../routes/peel-server';
import { startTestServer, type TestServer } from '../testing';
import { onDutyUnitCache } from './index';

let a: TestServer;
let b: PeelServer;
/** B's own pool on PostgreSQL (A's handle on PGlite, which is one connection in this process). */
let bDatabase: DatabaseHandle | undefined;
let setup: OperationsSetup;
let incidentId: string;
const units: Record<'near' | 'second' | 'far', string> = { near: '', second: '', far: '' };

beforeAll(async () => {
  a = await startTestServer();
  setup = installSyntheticSetup(a);
  if (a.database.kind === 'postgres') bDatabase = await openDatabase({ kind: 'postgres', url: String(a.database.pool.options.connectionString) });
  // B's ids are random (the default) so that they never collide with A's sequential test ids.
  b = await createServer({ config: a.config, database: bDatabase ?? a.database, clock: a.clock, logger: false });
  setOperationsSetup(b, setup);
  const { controller } = a.users;
  incidentId = await recordIncident(a, controller);
  await gradeAndRouteAsEmergency(a, setup, incidentId, controller.user.id);
  units.near = await bookUnit(a, controller, { position: { lat: 51.601, lon: -1.2 } });
  units.second = await bookUnit(a, controller, { position: { lat: 51.61, lon: -1.2 } });
  units.far = await bookUnit(a, controller, { position: { lat: 51.7, lon: -1.2 } });
});
afterAll(async () => {
  if (b) await closeServer(b, 100);
  await bDatabase?.close();
  await closeTestServer(a);
});

interface Ranking {
  consideredUnits: number;
  excluded: Record<string, number>;
  recommendations: { unitId: string }[];
}

/** A's recommendations for the incident, unit ids best first. */
async function recommendedByA(): Promise<{ ids: string[]; body: Ranking }> {
  const response = await a.app.inject({ method: 'GET', url: `/api/incidents/${incidentId}/recommendations`, headers: a.users.controller.headers });
  expect(response.statusCode).toBe(200);
  const body = response.json() as Ranking;
  return { ids: body.recommendations.map((recommendation) => recommendation.unitId), body };
}

const onB = (method: 'POST', url: string, payload: Record<string, unknown>) => b.inject({ method, url, headers: a.users.controller.headers, payload });

describe(`the units-on-duty cache across server instances on ${getConfig().database.kind}`, () => {
  it('answers from memory while nothing changes', async () => {
    expect((await recommendedByA()).ids).toEqual([units.near, units.second, units.far]);
    const cache = onDutyUnitCache(a.app);
    expect(await cache.units()).toBe(await cache.units());
  });

  it('sees an assignment made through instance B in the next recommendation', async () => {
    const other = await recordIncident(a, a.users.controller);
    await gradeAndRouteAsEmergency(a, setup, other, a.users.controller.user.id);
    expect((await onB('POST', `/api/incidents/${other}/assignments`, { unitId: units.near })).statusCode).toBe(201);
    const { ids, body } = await recommendedByA();
    expect(ids).toEqual([units.second, units.far]);
    expect(body.excluded['not-available']).toBe(1);
  });

  it('sees a position written straight through the unit repository in the next recommendation', async () => {
    await createOperationsRepositories(a.database.db).units.updatePosition(units.far, { ...NORTH_POINT, at: a.clock.now() });
    expect((await recommendedByA()).ids).toEqual([units.far, units.second]);
  });

  it('sees a unit booked on, and a unit gone off duty, through instance B', async () => {
    const booked = await onB('POST', '/api/units', { teamId: 'north-response', relief: 3, officers: [{ officerId: 'b-booked-pc', role: 'PC' }], position: { lat: 51.6, lon: -1.2001 } });
    expect(booked.statusCode).toBe(201);
    const bookedId = (booked.json() as { id: string }).id;
    expect((await onB('POST', `/api/units/${units.second}/status`, { status: 'off-duty' })).statusCode).toBe(200);
    const { ids, body } = await recommendedByA();
    expect(ids).toEqual([units.far, bookedId]);
    expect(body.consideredUnits).toBe(3);
  });

  it('refuses (409 UNIT_UNAVAILABLE) a unit recommended by A but taken through B meanwhile: the database decides', async () => {
    const shown = (await recommendedByA()).ids[0] as string;
    const other = await recordIncident(a, a.users.controller);
    await gradeAndRouteAsEmergency(a, setup, other, a.users.controller.user.id);
    expect((await onB('POST', `/api/incidents/${other}/assignments`, { unitId: shown })).statusCode).toBe(201);
    const late = await a.app.inject({ method: 'POST', url: `/api/incidents/${incidentId}/assignments`, headers: a.users.controller.headers, payload: { unitId: shown } });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'UNIT_UNAVAILABLE', field: 'unitId' } });
    expect((await recommendedByA()).ids).not.toContain(shown);
  });
});
