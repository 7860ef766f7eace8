/**
 * The queries behind demand profiles and hotspots ({@link DemandQueries}). Counts are cast to int
 * in SQL because pg returns bigint as text.
 */
import type { AreaMonthCount, BoundaryArea, CallsDateRange, CrimePoint, DemandScope, GradeCount, HotspotLevel, UnitMonthCount } from '@peel/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { resolvedArea, scopeConditions } from './crime-scope';
import type { Database } from './database';
import { boundaries, callsForService, crimeRecords, imports } from './schema';

const count = sql<number>`count(*)::int`.mapWith(Number);

/** Crimes by month, category and resolved area. */
export async function countCrimesByArea(db: Database, scope: DemandScope = {}): Promise<AreaMonthCount[]> {
  const area = resolvedArea(scope);
  return db
    .select({ month: crimeRecords.month, category: crimeRecords.category, areaId: sql<string | null>`${area}`.as('area_id_resolved'), count })
    .from(crimeRecords)
    .where(and(...scopeConditions(db, scope)))
    .groupBy(crimeRecords.month, sql`3`, crimeRecords.category)
    .orderBy(asc(crimeRecords.month), sql`3 asc nulls last`, asc(crimeRecords.category));
}

/** The LSOA a record was placed in, else the code written on it; or its ward. */
function unitColumn(level: HotspotLevel) {
  if (level !== 'lsoa' && level !== 'ward') throw new RangeError(`level: expected 'lsoa' or 'ward', got '${String(level)}'`);
  return level === 'lsoa' ? sql<string | null>`coalesce(${crimeRecords.matchedLsoaCode}, ${crimeRecords.lsoaCode})` : sql<string | null>`${crimeRecords.wardCode}`;
}

/** Crimes by month, category and LSOA or ward. */
export async function countCrimesByUnit(db: Database, level: HotspotLevel, scope: DemandScope = {}): Promise<UnitMonthCount[]> {
  const unit = unitColumn(level);
  return db
    .select({ month: crimeRecords.month, category: crimeRecords.category, unitCode: sql<string | null>`${unit}`.as('unit_code'), count })
    .from(crimeRecords)
    .where(and(...scopeConditions(db, scope)))
    .groupBy(crimeRecords.month, sql`3`, crimeRecords.category)
    .orderBy(asc(crimeRecords.month), sql`3 asc nulls last`, asc(crimeRecords.category));
}

/** Every crime with coordinates in the scope. */
export async function listCrimePoints(db: Database, scope: DemandScope = {}): Promise<CrimePoint[]> {
  const rows = await db
    .select({ longitude: crimeRecords.longitude, latitude: crimeRecords.latitude, month: crimeRecords.month, category: crimeRecords.category })
    .from(crimeRecords)
    .where(and(...scopeConditions(db, scope), eq(crimeRecords.hasLocation, true)))
    .orderBy(asc(crimeRecords.month), asc(crimeRecords.importId), asc(crimeRecords.lineNumber));
  // has_location guarantees both coordinates (a check constraint ties them together).
  return rows.map((row) => ({ ...row, longitude: row.longitude!, latitude: row.latitude! }));
}

/** Calls of complete imports counted by grade. */
export async function countCallsByGrade(db: Database): Promise<GradeCount[]> {
  const complete = db.select({ id: imports.id }).from(imports).where(eq(imports.status, 'complete'));
  return db
    .select({ grade: callsForService.grade, count })
    .from(callsForService)
    .where(inArray(callsForService.importId, complete))
    .groupBy(callsForService.grade)
    .orderBy(sql`${callsForService.grade} asc nulls last`);
}

/** Local dates of the first and last call of complete imports, in `timeZone`. */
export async function callsDateRange(db: Database, timeZone: string): Promise<CallsDateRange | undefined> {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
  } catch {
    throw new RangeError(`timeZone: unknown IANA time zone '${timeZone}'`);
  }
  const complete = db.select({ id: imports.id }).from(imports).where(eq(imports.status, 'complete'));
  const local = (bound: 'min' | 'max') => sql<string | null>`to_char(${sql.raw(bound)}(${callsForService.receivedAt} at time zone ${timeZone}), 'YYYY-MM-DD')`;
  const [row] = await db
    .select({ firstDay: local('min'), lastDay: local('max') })
    .from(callsForService)
    .where(inArray(callsForService.importId, complete));
  if (!row || row.firstDay === null || row.lastDay === null) return undefined;
  return { firstDay: row.firstDay, lastDay: row.lastDay };
}

/** Boundaries of a level, optionally only those with the given codes. */
export async function listBoundaryAreas(db: Database, level: HotspotLevel, codes?: readonly string[]): Promise<BoundaryArea[]> {
  unitColumn(level);
  const conditions = [eq(boundaries.level, level)];
  if (codes !== undefined) conditions.push(sql`${boundaries.code} = any(${sql.param([...codes])}::text[])`);
  return db
    .select({ code: boundaries.code, name: boundaries.name, areaKm2: boundaries.areaKm2 })
    .from(boundaries)
    .where(and(...conditions))
    .orderBy(asc(boundaries.code));
}
