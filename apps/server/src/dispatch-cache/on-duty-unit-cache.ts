/**
 * The units on duty, kept in memory by one server instance and never older than the database was
 * when it was asked. Every read costs one small statement — the fingerprint of the on-duty set
 * (`OnDutyUnitSource`, @peel/db) — and, only when it differs from the one the cache holds, a
 * refresh that reads every unit's row version and reloads just the units whose version changed.
 * Because the fingerprint is of the rows themselves, a change is seen however it was made: by
 * this instance, another instance sharing the database, the repository or plain SQL; nothing has
 * to announce it, and a lost notification cannot leave the cache stale.
 *
 * Freshness: a read returns the units as of a moment after it began (a refresh that started after
 * the read's fingerprint was taken), or the cached set when that fingerprint is the cached one.
 * Refreshes run one at a time; reads that find the cache out of date while one runs wait for the
 * next, which starts when it ends (it may have begun before their change committed) and serves
 * them all. A unit reloaded newer than the versions its refresh listed is kept (newer is never
 * wrong) and will be reloaded again when the fingerprint next moves.
 *
 * The cache only ranks: whether a unit can be assigned is decided by the database at commit
 * (UnitRepository.assignUnit), so a unit shown available a moment too long costs a 409, never a
 * double assignment.
 */
import type { OnDutyUnitSource, VersionedUnit } from '@peel/db';
import type { Unit } from '@peel/domain';

/** The units on duty of one server instance. */
export interface OnDutyUnitCache {
  /** Every unit on duty, by call sign, at least as fresh as the database when called. */
  units(): Promise<readonly Unit[]>;
}

interface Snapshot {
  /** The fingerprint of the versions listed by the refresh that built it ('' before the first). */
  readonly fingerprint: string;
  readonly byId: ReadonlyMap<string, VersionedUnit>;
  /** By call sign, as UnitRepository.listOnDuty orders them (byte order). */
  readonly units: readonly Unit[];
}

const EMPTY: Snapshot = { fingerprint: '', byId: new Map(), units: [] };

/** Creates an empty cache over `source`; the first read fills it. */
export function createOnDutyUnitCache(source: OnDutyUnitSource): OnDutyUnitCache {
  let snapshot = EMPTY;
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;

  const refresh = async (): Promise<void> => {
    const { fingerprint, versions } = await source.versions();
    const stale = new Set([...versions].filter(([id, version]) => snapshot.byId.get(id)?.version !== version).map(([id]) => id));
    const loaded = new Map((await source.load([...stale])).map((entry) => [entry.unit.id, entry]));
    const byId = new Map<string, VersionedUnit>();
    for (const id of versions.keys()) {
      // A stale unit that did not load went off duty after `versions()`: it is left out.
      const entry = stale.has(id) ? loaded.get(id) : snapshot.byId.get(id);
      if (entry) byId.set(id, entry);
    }
    snapshot = { fingerprint, byId, units: inCallSignOrder(byId, snapshot) };
  };

  /** A refresh that starts no earlier than now: the running one's successor if one is running. */
  const refreshFromNow = (): Promise<void> => {
    if (!running) {
      running = refresh().finally(() => {
        running = undefined;
      });
      return running;
    }
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return refreshFromNow();
      });
    return next;
  };

  return {
    async units() {
      const fingerprint = await source.fingerprint();
      if (fingerprint !== snapshot.fingerprint) await refreshFromNow();
      return snapshot.units;
    },
  };
}

/**
 * The units of `byId` by call sign in byte order, as PostgreSQL's `collate "C"` sorts them. A
 * unit's call sign never changes, so when no unit is new the previous order is kept (a position
 * report then costs no sort).
 */
function inCallSignOrder(byId: ReadonlyMap<string, VersionedUnit>, previous: Snapshot): Unit[] {
  if ([...byId.keys()].every((id) => previous.byId.has(id))) {
    return previous.units.flatMap((unit) => byId.get(unit.id)?.unit ?? []);
  }
  return [...byId.values()]
    .map((entry) => ({ key: Buffer.from(entry.unit.callSign), unit: entry.unit }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map((keyed) => keyed.unit);
}
