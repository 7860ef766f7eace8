/** Read-side questions about stored demand. Counts are cast to int in SQL: pg returns bigint as text. */
import { HOURS_PER_WEEK, type CrimeCount, type DemandFilter, type HourOfWeekOptions, type ImportReconciliation } from '@peel/domain';
import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './database';
import { callsForService, crimeRecords, importRejections, imports } from './schema';

/** Ids of complete imports: half-written imports never count. */
function completeImports(db: Database) {
  return db.select({ id: imports.id }).from(imports).where(eq(imports.status, 'complete'));
}

/** Throws a RangeError naming `field` unless `month` is 'YYYY-MM'. */
function assertMonth(field: string, month: string | undefined): void {
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new RangeError(`${field}: expected a month as YYYY-MM, got '${month}'`);
  }
}

/** Crimes counted by category, area and month. */
export async function countCrimes(db: Database, filter: DemandFilter = {}): Promise<CrimeCount[]> {
  assertMonth('fromMonth', filter.fromMonth);
  assertMonth('toMonth', filter.toMonth);
  const conditions: SQL[] = [inArray(crimeRecords.importId, completeImports(db))];
  if (filter.importId !== undefined) conditions.push(eq(crimeRecords.importId, filter.importId));
  if (filter.fromMonth !== undefined) conditions.push(gte(crimeRecords.month, filter.fromMonth));
  if (filter.toMonth !== undefined) conditions.push(lte(crimeRecords.month, filter.toMonth));
  return db
    .select({
      category: crimeRecords.category,
      areaId: crimeRecords.areaId,
      month: crimeRecords.month,
      count: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(crimeRecords)
    .where(and(...conditions))
    .groupBy(crimeRecords.month, crimeRecords.areaId, crimeRecords.category)
    .orderBy(asc(crimeRecords.month), asc(crimeRecords.areaId), asc(crimeRecords.category));
}

/** Throws a RangeError naming `timeZone` unless it is an IANA zone this runtime knows. */
function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
  } catch {
    throw new RangeError(`timeZone: unknown IANA time zone '${timeZone}'`);
  }
}

/** Calls counted by hour of week (0 = Monday 00:00) in `options.timeZone`; always 168 numbers. */
export async function countCallsByHourOfWeek(db: Database, options: HourOfWeekOptions): Promise<number[]> {
  assertTimeZone(options.timeZone);
  const local = sql`(${callsForService.receivedAt} at time zone ${options.timeZone})`;
  const hourOfWeek = sql<number>`((extract(isodow from ${local})::int - 1) * 24 + extract(hour from ${local})::int)`;
  const conditions: SQL[] = [inArray(callsForService.importId, completeImports(db))];
  if (options.importId !== undefined) conditions.push(eq(callsForService.importId, options.importId));
  const rows = await db
    .select({ hourOfWeek: hourOfWeek.mapWith(Number), count: sql<number>`count(*)::int`.mapWith(Number) })
    .from(callsForService)
    .where(and(...conditions))
    .groupBy(sql`1`);
  const counts = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (const row of rows) counts[row.hourOfWeek] = row.count;
  return counts;
}

/** Counts rows of `table` matching `where`, as a number on both backends. */
async function countWhere(db: Database, table: PgTable, where: SQL | undefined, distinct?: AnyPgColumn): Promise<number> {
  const counted = distinct ? sql`count(distinct ${distinct})::int` : sql`count(*)::int`;
  const [row] = await db.select({ count: counted.mapWith(Number) }).from(table).where(where);
  return row?.count ?? 0;
}

/** Recounts an import's stored records and rejected lines against its summary. */
export async function getReconciliation(db: Database, importId: number): Promise<ImportReconciliation | undefined> {
  const [summary] = await db
    .select({ rowsRead: imports.rowsRead, rowsImported: imports.rowsImported, rowsRejected: imports.rowsRejected })
    .from(imports)
    .where(eq(imports.id, importId));
  if (!summary) return undefined;
  const crimes = await countWhere(db, crimeRecords, eq(crimeRecords.importId, importId));
  const calls = await countWhere(db, callsForService, eq(callsForService.importId, importId));
  const rowsRejected = await countWhere(db, importRejections, eq(importRejections.importId, importId), importRejections.line);
  const rowsImported = crimes + calls;
  return {
    importId,
    rowsRead: summary.rowsRead,
    rowsImported,
    rowsRejected,
    isBalanced:
      summary.rowsRead === rowsImported + rowsRejected &&
      summary.rowsImported === rowsImported &&
      summary.rowsRejected === rowsRejected,
  };
}
