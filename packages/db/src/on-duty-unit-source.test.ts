/**
 * The on-duty unit source on the configured backend: the fingerprint moves with every kind of unit
 * write (booking on, assignment, status change, position report, going off duty) and with nothing
 * else (reads, a rolled-back write); `versions()` agrees with `fingerprint()` and names exactly the
 * units whose version changed; `load` returns the units as the repository does, with the versions
 * `versions()` reports, and leaves out units off duty.
 */
import { getConfig } from '@peel/config';
import { makeUnit } from '@peel/domain/dispatch/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { createOnDutyUnitSource, type OnDutyUnitSource } from './on-duty-unit-source';
import { createTestDatabase } from './testing';
import { createUnitRepository } from './unit-repository';

const { database } = getConfig();
const AT = new Date('2024-03-01T08:00:00Z');
let handle: DatabaseHandle;
let source: OnDutyUnitSource;

beforeAll(async () => {
  handle = await createTestDatabase(database);
  source = createOnDutyUnitSource(handle.db);
});
afterAll(async () => {
  await handle?.close();
});

/** The ids whose version differs between two readings (present in either). */
function changed(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id)).sort();
}

describe(`on-duty unit source on ${database.kind}`, () => {
  it('fingerprints the on-duty set: every unit write moves it, reads and rollbacks do not', async () => {
    const units = createUnitRepository(handle.db);
    const empty = await source.versions();
    expect(empty).toEqual({ fingerprint: '0:0', versions: new Map() });
    expect(await source.fingerprint()).toBe('0:0');

    let last = await source.versions();
    /** Runs `write`, checks that exactly `ids` changed version and that both readings agree; returns the new fingerprint. */
    const expectChange = async (ids: string[], write: () => Promise<unknown>) => {
      await write();
      const next = await source.versions();
      expect(next.fingerprint).toBe(await source.fingerprint());
      expect(changed(last.versions, next.versions)).toEqual(ids);
      expect(next.fingerprint).not.toBe(last.fingerprint);
      last = next;
    };

    await expectChange(['a', 'b'], async () => {
      await units.create(makeUnit({ id: 'a', callSign: 'A1' }));
      await units.create(makeUnit({ id: 'b', callSign: 'B1' }));
    });
    expect(last.fingerprint).toMatch(/^2:-?\d+$/);
    const assignment = await units.assignUnit('a', 'incident-1', AT);
    const afterAssign = await source.versions();
    expect(changed(last.versions, afterAssign.versions)).toEqual(['a']);
    last = afterAssign;
    await expectChange(['a'], () => units.changeStatus({ unitId: 'a', from: 'dispatched', to: 'en-route', at: AT, assignment: { ...assignment, enRouteAt: AT } }));
    await expectChange(['b'], () => units.updatePosition('b', { lat: 51.51, lon: -0.12, at: AT }));
    await expectChange(['b'], () => units.changeStatus({ unitId: 'b', from: 'available', to: 'off-duty', at: AT }));
    expect([...last.versions.keys()]).toEqual(['a']);

    // Reads, a refused compare-and-set and a rolled-back write change nothing.
    await units.listOnDuty();
    await units.get('a');
    await expect(units.assignUnit('a', 'incident-2', AT)).rejects.toMatchObject({ code: 'UNIT_UNAVAILABLE' });
    await handle.db
      .transaction(async (tx) => {
        await createUnitRepository(tx).updatePosition('a', { lat: 52, lon: 0, at: AT });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await source.fingerprint()).toBe(last.fingerprint);
  });

  it('loads the units asked for that are on duty, as the repository reads them, at the versions reported', async () => {
    const units = createUnitRepository(handle.db);
    await units.create(makeUnit({ id: 'c', callSign: 'C1', officers: [{ officerId: 'c-pc', role: 'PC' }, { officerId: 'c-ps', role: 'PS', skills: ['taser'] }] }));
    await units.create(makeUnit({ id: 'd', callSign: 'D1', status: 'committed' }));
    await units.create(makeUnit({ id: 'e', callSign: 'E1' }));
    await units.changeStatus({ unitId: 'e', from: 'available', to: 'off-duty', at: AT });
    const { versions } = await source.versions();
    const loaded = await source.load(['c', 'd', 'e', 'no-such-unit']);
    expect(loaded.map(({ unit }) => unit.id)).toEqual(['c', 'd']);
    for (const { unit, version } of loaded) {
      expect(unit).toEqual(await units.get(unit.id));
      expect(version).toBe(versions.get(unit.id));
    }
    expect(await source.load([])).toEqual([]);
  });
});
