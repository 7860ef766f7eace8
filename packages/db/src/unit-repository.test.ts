/**
 * The unit repository on the configured backend: the domain's shared UnitRepository suite
 * (including 50 concurrent assignUnit calls per round), and the database's own guarantee that a
 * unit never holds two live assignments — whatever code writes. On PostgreSQL the suite runs
 * through a pool of 50 connections, its concurrent test 100 rounds (issue 7's acceptance figure);
 * on PGlite (one connection, transactions queue) 20 rounds.
 */
import { getConfig } from '@peel/config';
import { DomainError } from '@peel/domain';
import { makeUnit, registerUnitRepositoryCases } from '@peel/domain/dispatch/testing';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from './database';
import { postgresErrorOf } from './pg-error';
import { queryRows } from './query-rows';
import { createTestDatabase } from './testing';
import { createUnitRepository } from './unit-repository';

const { database } = getConfig();

let handle: DatabaseHandle | undefined;
const open = (): DatabaseHandle => {
  if (!handle) throw new Error('the test database is not open');
  return handle;
};
/** On PostgreSQL, a second pool of 50 connections to the file's database: 50 clients really at once. */
let wide: pg.Pool | undefined;
beforeAll(async () => {
  handle = await createTestDatabase(database);
  if (handle.kind === 'postgres') wide = new pg.Pool({ connectionString: handle.pool.options.connectionString, max: 50 });
});
afterAll(async () => {
  if (wide && handle?.kind === 'postgres') {
    await wide.end();
    // pg's Pool.end() resolves before its clients have disconnected; dropping the database (close)
    // would then terminate them mid-goodbye, an unhandled error. Wait until the server saw them go.
    for (let attempt = 0; attempt < 100; attempt++) {
      const [row] = await queryRows<{ count: number }>(handle.db, sql`select count(*)::int as count from pg_stat_activity where datname = current_database()`);
      if ((row?.count ?? 0) <= handle.pool.totalCount) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  await handle?.close();
});

if (database.kind === 'postgres') {
  // The whole suite through the 50-connection pool; its concurrent test 100 rounds (issue 7's figure).
  registerUnitRepositoryCases('postgres, a pool of 50 connections', () => createUnitRepository(drizzle(wide as pg.Pool) as unknown as Database), { concurrentRounds: 100 });
  it('the concurrent rounds really ran on many connections at once', () => {
    expect(wide?.totalCount).toBeGreaterThan(10);
  });
} else {
  registerUnitRepositoryCases(database.kind, () => createUnitRepository(open().db));
}

describe(`units on ${database.kind}: exclusivity is the database's`, () => {
  let serial = 0;
  const tag = () => `${Date.now().toString(36)}-${(serial += 1)}`;

  it('refuses a second live assignment of a unit inserted behind the repository (unique index assignments_one_live_per_unit)', async () => {
    const { db } = open();
    const repo = createUnitRepository(db);
    const unit = makeUnit({ id: `unit-raw-${tag()}` });
    await repo.create(unit);
    await repo.assignUnit(unit.id, 'incident-raw-1', new Date('2024-03-01T08:00:00Z'));
    const failure: unknown = await db
      .execute(sql`insert into assignments (id, unit_id, incident_id, dispatched_at) values (${`raw-${tag()}`}, ${unit.id}, 'incident-raw-2', now())`)
      .then(() => undefined, (error: unknown) => error);
    expect(postgresErrorOf(failure)).toEqual({ code: '23505', constraint: 'assignments_one_live_per_unit' });
  });

  it('reports UNIT_UNAVAILABLE from the unique index when a unit marked available still holds a live assignment', async () => {
    const { db } = open();
    const repo = createUnitRepository(db);
    const unit = makeUnit({ id: `unit-stale-${tag()}` });
    await repo.create(unit);
    await repo.assignUnit(unit.id, 'incident-stale-1', new Date('2024-03-01T08:00:00Z'));
    // Corrupt the unit's status behind the repository: the compare-and-set alone would now let it through.
    await db.execute(sql`update units set status = 'available', incident_id = null where id = ${unit.id}`);
    const refused = await repo.assignUnit(unit.id, 'incident-stale-2', new Date('2024-03-01T09:00:00Z')).then(() => undefined, (error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'UNIT_UNAVAILABLE', field: 'unitId' });
    // The failed attempt left nothing: one assignment, the unit still as it was set.
    expect((await repo.listAssignments('incident-stale-2')).length).toBe(0);
    expect((await repo.get(unit.id))?.status).toBe('available');
  });

  it('refuses a live status without an incident, and an incident on an available unit (check units_incident_iff_live)', async () => {
    const { db } = open();
    const repo = createUnitRepository(db);
    const unit = makeUnit({ id: `unit-check-${tag()}` });
    await repo.create(unit);
    for (const statement of [sql`update units set status = 'on-scene' where id = ${unit.id}`, sql`update units set incident_id = 'x' where id = ${unit.id}`]) {
      const failure: unknown = await db.execute(statement).then(() => undefined, (error: unknown) => error);
      expect(postgresErrorOf(failure)).toEqual({ code: '23514', constraint: 'units_incident_iff_live' });
    }
  });

  it('frees the officers of a unit that goes off duty, so they can book on in a new unit; keeps the status events', async () => {
    const { db } = open();
    const repo = createUnitRepository(db);
    const officers = [{ officerId: `pc-${tag()}`, role: 'PC', skills: ['taser'] }];
    const first = makeUnit({ id: `unit-tour1-${tag()}`, officers });
    await repo.create(first);
    await repo.changeStatus({ unitId: first.id, from: 'available', to: 'off-duty', at: new Date('2024-03-01T17:00:00Z') });
    const second = makeUnit({ id: `unit-tour2-${tag()}`, officers, callSign: first.callSign });
    await repo.create(second);
    expect((await repo.get(second.id))?.officers).toEqual(officers);
    const rows = await queryRows<{ on_duty: boolean }>(db, sql`select on_duty from unit_officers where unit_id = ${first.id}`);
    expect(rows).toEqual([{ on_duty: false }]);
    const failure: unknown = await db.execute(sql`delete from unit_status_events where unit_id = ${first.id}`).then(() => undefined, (error: unknown) => error);
    expect(postgresErrorOf(failure)?.code).toBe('42501');
  });
});
