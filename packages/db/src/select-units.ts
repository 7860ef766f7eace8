/**
 * Units with their crews, selected by a condition on `units`, each with its row version (see
 * on-duty-unit-source.ts). Two statements, not a JSON aggregate per unit (half the time for 1,000
 * units) and consistent all the same: a crew is written with its unit and never changes after
 * (bar `on_duty`, which a Unit does not carry), and it is read by the ids the first statement
 * returned.
 */
import { asc, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Unit } from '@peel/domain';
import type { Database } from './database';
import { unitOfficers, units } from './schema';
import { toUnit } from './unit-rows';

/** A unit as stored, with the version of its row when it was read. */
export interface VersionedUnit {
  readonly unit: Unit;
  /**
   * The row's `xmin` (the id of the transaction that wrote this version of it): every committed
   * update of the row — status, assignment, position, going off duty — gives it a new one.
   */
  readonly version: string;
}

/** The units `where` selects, ordered by call sign (byte order), with their crews and row versions. */
export async function selectUnits(db: Database, where: SQL): Promise<VersionedUnit[]> {
  const rows = await db
    .select({ ...getTableColumns(units), version: sql<string>`${units}.xmin::text` })
    .from(units)
    .where(where)
    .orderBy(sql`${units.callSign} collate "C"`);
  if (rows.length === 0) return [];
  const crews = await db
    .select()
    .from(unitOfficers)
    .where(sql`${unitOfficers.unitId} = any(${sql.param(rows.map((row) => row.id))}::text[])`)
    .orderBy(asc(unitOfficers.unitId), asc(unitOfficers.ordinal));
  const crewOf = new Map<string, (typeof crews)[number][]>();
  for (const officer of crews) {
    const crew = crewOf.get(officer.unitId);
    if (crew) crew.push(officer);
    else crewOf.set(officer.unitId, [officer]);
  }
  return rows.map(({ version, ...row }) => ({ unit: toUnit(row, crewOf.get(row.id) ?? []), version }));
}
