/**
 * The on-duty unit cache over a scripted source (the database's own source is tested in
 * @peel/db, and the cache end to end over two server instances in cross-instance.test.ts): it
 * reads nothing more while the fingerprint holds, reloads only the units whose version changed,
 * drops units gone off duty, keeps call-sign order, never answers a read with a refresh that
 * began before it, and survives a failed refresh.
 */
import type { OnDutyUnitSource, OnDutyUnitVersions, VersionedUnit } from '@peel/db';
import { makeUnit } from '@peel/domain/dispatch/testing';
import type { Unit } from '@peel/domain';
import { describe, expect, it } from 'vitest';
import { createOnDutyUnitCache } from './on-duty-unit-cache';

/** A database of units on duty in memory: each write gives the unit a new version. */
function scriptedSource() {
  const rows = new Map<string, VersionedUnit>();
  let xid = 0;
  const calls = { fingerprint: 0, versions: 0, load: [] as string[][] };
  /** While set, `versions()` takes its snapshot, then waits for this before answering. */
  let hold: Promise<void> | undefined;
  const fingerprintOf = (versions: ReadonlyMap<string, string>) => [...versions].map(([id, version]) => `${id}@${version}`).sort().join(',');
  const currentVersions = () => new Map([...rows].map(([id, row]) => [id, row.version]));
  const source: OnDutyUnitSource = {
    async fingerprint() {
      calls.fingerprint += 1;
      return fingerprintOf(currentVersions());
    },
    async versions(): Promise<OnDutyUnitVersions> {
      calls.versions += 1;
      const versions = currentVersions();
      if (hold) await hold;
      return { fingerprint: fingerprintOf(versions), versions };
    },
    async load(ids) {
      calls.load.push([...ids].sort());
      return ids.flatMap((id) => rows.get(id) ?? []);
    },
  };
  return {
    source,
    calls,
    write(unit: Unit) {
      rows.set(unit.id, { unit, version: String((xid += 1)) });
    },
    offDuty(id: string) {
      rows.delete(id);
    },
    holdVersions(): () => void {
      let release!: () => void;
      hold = new Promise((resolve) => (release = resolve));
      return () => {
        hold = undefined;
        release();
      };
    },
  };
}

const ids = (units: readonly Unit[]) => units.map((unit) => unit.id);

describe('on-duty unit cache', () => {
  it('loads everything once, then only reads the fingerprint while nothing changes', async () => {
    const db = scriptedSource();
    for (const id of ['c', 'a', 'b']) db.write(makeUnit({ id, callSign: id.toUpperCase() }));
    const cache = createOnDutyUnitCache(db.source);
    expect(ids(await cache.units())).toEqual(['a', 'b', 'c']);
    const first = await cache.units();
    expect(await cache.units()).toBe(first);
    expect(db.calls).toEqual({ fingerprint: 3, versions: 1, load: [['a', 'b', 'c']] });
  });

  it('reloads only changed units, adds new ones in call-sign order and drops those gone off duty', async () => {
    const db = scriptedSource();
    for (const id of ['a', 'b', 'c']) db.write(makeUnit({ id, callSign: id.toUpperCase() }));
    const cache = createOnDutyUnitCache(db.source);
    await cache.units();
    db.write(makeUnit({ id: 'b', callSign: 'B', status: 'committed' }));
    db.write(makeUnit({ id: 'ab', callSign: 'AB' }));
    db.offDuty('c');
    const units = await cache.units();
    expect(ids(units)).toEqual(['a', 'ab', 'b']);
    expect(units.find((unit) => unit.id === 'b')?.status).toBe('committed');
    expect(db.calls.load.at(-1)).toEqual(['ab', 'b']);
    // A position report: one reload, order kept.
    db.write(makeUnit({ id: 'a', callSign: 'A', position: { lat: 51.2, lon: 0.3, at: new Date('2024-03-01T08:00:00Z') } }));
    expect((await cache.units())[0]?.position?.lat).toBe(51.2);
    expect(db.calls.load.at(-1)).toEqual(['a']);
  });

  it('never answers a read with a refresh that began before it, and runs one refresh at a time', async () => {
    const db = scriptedSource();
    db.write(makeUnit({ id: 'a', callSign: 'A' }));
    const cache = createOnDutyUnitCache(db.source);
    await cache.units();

    db.write(makeUnit({ id: 'b', callSign: 'B' }));
    const release = db.holdVersions();
    const early = cache.units(); // its refresh has listed a, b and waits
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(db.calls.versions).toBe(2);
    db.write(makeUnit({ id: 'c', callSign: 'C' }));
    const late = [cache.units(), cache.units()]; // both need c: they wait for the next refresh
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(db.calls.versions).toBe(2); // not started while the first runs
    release();
    expect(ids(await early)).toContain('b');
    for (const read of late) expect(ids(await read)).toEqual(['a', 'b', 'c']);
    expect(db.calls.versions).toBe(3); // one refresh served both late reads
  });

  it('leaves out a unit that went off duty between listing and loading', async () => {
    const db = scriptedSource();
    for (const id of ['a', 'b']) db.write(makeUnit({ id, callSign: id.toUpperCase() }));
    const cache = createOnDutyUnitCache(db.source);
    await cache.units();
    db.write(makeUnit({ id: 'b', callSign: 'B', status: 'committed' }));
    const release = db.holdVersions();
    const read = cache.units();
    await new Promise((resolve) => setTimeout(resolve, 0));
    db.offDuty('b');
    release();
    expect(ids(await read)).toEqual(['a']);
  });

  it('rejects the read whose refresh fails, and the next read refreshes again', async () => {
    const db = scriptedSource();
    db.write(makeUnit({ id: 'a', callSign: 'A' }));
    let failing = true;
    const cache = createOnDutyUnitCache({
      ...db.source,
      versions: () => (failing ? Promise.reject(new Error('connection lost')) : db.source.versions()),
    });
    await expect(cache.units()).rejects.toThrow('connection lost');
    failing = false;
    expect(ids(await cache.units())).toEqual(['a']);
  });
});
