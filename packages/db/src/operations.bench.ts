/**
 * The operations repositories' hot paths on the configured backend (`npm run bench`; PGlite, or
 * PostgreSQL with DATABASE_URL): listing 1,000 units on duty with their crews (what a
 * recommendation reads), assigning a unit and standing it down (two transactions), and storing a
 * new incident (one transaction, four inserts). The baseline is one `select 1` round trip in the
 * same run, so each "× slower" ratio reads as "round trips' worth" on whatever machine runs it.
 */
import { getConfig } from '@peel/config';
import { makeUnit } from '@peel/domain/dispatch/testing';
import { sql } from 'drizzle-orm';
import { afterAll, bench, describe } from 'vitest';
import { sampleIncident } from '../../domain/src/incidents/testing/incident-repository.case';
import { createIncidentRepository } from './incident-repository';
import { createTestDatabase } from './testing';
import { createUnitRepository } from './unit-repository';

const handle = await createTestDatabase(getConfig().database);
afterAll(() => handle.close());

const units = createUnitRepository(handle.db);
const incidents = createIncidentRepository(handle.db);
const BOOKED_ON = new Date('2024-03-01T07:00:00Z');
await handle.db.transaction(async (tx) => {
  const inTransaction = createUnitRepository(tx);
  for (let i = 0; i < 1000; i++) {
    await inTransaction.create(makeUnit({ id: `bench-unit-${i}`, officers: [{ officerId: `bench-pc-${i}`, role: 'PC' }, { officerId: `bench-ps-${i}`, role: 'PS', skills: ['taser'] }], statusSince: BOOKED_ON }));
  }
});

let cycle = 0;
let incident = 0;

describe(`operations repositories on ${handle.kind}, 1,000 units on duty`, () => {
  bench('baseline: select 1 (one round trip)', async () => {
    await handle.db.execute(sql`select 1`);
  });
  bench('units.listOnDuty(): 1,000 units with crews', async () => {
    await units.listOnDuty();
  });
  bench('units.assignUnit + changeStatus (stood down)', async () => {
    const unitId = `bench-unit-${(cycle += 1) % 1000}`;
    const assignment = await units.assignUnit(unitId, `bench-incident-${cycle}`, BOOKED_ON);
    await units.changeStatus({ unitId, from: 'dispatched', to: 'available', at: BOOKED_ON, assignment: { ...assignment, endedAt: BOOKED_ON, endReason: 'stood-down' } });
  });
  bench('incidents.create (incident, caller and victim, report, created event)', async () => {
    incident += 1;
    await incidents.create(sampleIncident({ id: `bench-incident-${Date.now().toString(36)}-${incident}`, at: BOOKED_ON, lat: 51.5, lon: -0.1 }));
  });
});
