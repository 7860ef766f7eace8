/**
 * What a per-instance cache of the units on duty needs to stay exactly as fresh as the database
 * without re-reading 1,000 units and their crews on every recommendation (15.7 ms on PostgreSQL,
 * 35 ms on PGlite: README, Speed): a fingerprint of the on-duty set, one row from one statement;
 * the row version of each unit on duty; and the units whose versions changed.
 *
 * The version of a unit is its row's `xmin`, the id of the transaction that wrote it. Every write
 * of a unit updates its `units` row — booking on, assignment, every status change, position
 * reports, going off duty (which also marks the crew off duty) — and a crew never changes after
 * booking, so a unit whose `xmin` is unchanged is unchanged. Nothing needs to announce a change:
 * writes through any server instance, the repository, or plain SQL are all seen, and no migration
 * or trigger is involved. The fingerprint combines, for every unit on duty, a 64-bit hash of its
 * id and version, with their count: any committed change to the set alters it (barring a 64-bit
 * hash collision), and only a committed change does.
 */
import { ne, sql } from 'drizzle-orm';
import type { Database } from './database';
import { queryRows } from './query-rows';
import { units } from './schema';
import { selectUnits, type VersionedUnit } from './select-units';

export type { VersionedUnit } from './select-units';

/** The fingerprint of the on-duty set and each unit's version, read in one snapshot. */
export interface OnDutyUnitVersions {
  readonly fingerprint: string;
  /** Unit id → row version. */
  readonly versions: ReadonlyMap<string, string>;
}

/** Reads of the on-duty set for a cache. */
export interface OnDutyUnitSource {
  /** The fingerprint of the units on duty now (one statement, one row). */
  fingerprint(): Promise<string>;
  /** Every unit on duty with its version, and the fingerprint of that same set (one statement). */
  versions(): Promise<OnDutyUnitVersions>;
  /** Those of `unitIds` still on duty, with their crews and versions (as they are now, maybe newer than `versions()` said). */
  load(unitIds: readonly string[]): Promise<VersionedUnit[]>;
}

const ON_DUTY = sql`${units.status} <> 'off-duty'`;
/** The fingerprint of the rows a statement aggregates: "count:sum of hashes" ("0:0" when none). */
const HASH = sql`hashtextextended(${units.id} || ':' || ${units}.xmin::text, 0)`;
const EMPTY_FINGERPRINT = '0:0';

/** The on-duty unit source over `db` (an open, migrated database). */
export function createOnDutyUnitSource(db: Database): OnDutyUnitSource {
  return {
    async fingerprint() {
      const [row] = await queryRows<{ fingerprint: string }>(db, sql`select count(*)::text || ':' || coalesce(sum(${HASH}), 0)::text as fingerprint from ${units} where ${ON_DUTY}`);
      return row?.fingerprint ?? EMPTY_FINGERPRINT;
    },

    async versions() {
      const rows = await queryRows<{ id: string; version: string; fingerprint: string }>(
        db,
        sql`select ${units.id} as id, ${units}.xmin::text as version, (count(*) over ())::text || ':' || (sum(${HASH}) over ())::text as fingerprint from ${units} where ${ON_DUTY}`,
      );
      return { fingerprint: rows[0]?.fingerprint ?? EMPTY_FINGERPRINT, versions: new Map(rows.map((row) => [row.id, row.version])) };
    },

    async load(unitIds) {
      if (unitIds.length === 0) return [];
      return selectUnits(db, sql`${units.id} = any(${sql.param([...unitIds])}::text[]) and ${ne(units.status, 'off-duty')}`);
    },
  };
}
