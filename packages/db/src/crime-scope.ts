/**
 * SQL for a {@link DemandScope}: which crime records a demand query reads, and the area each one
 * resolves to when the query is given a model's areas.
 */
import type { DemandScope } from '@peel/domain';
import { eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from './database';
import { crimeRecords, imports } from './schema';

/** Throws a RangeError naming `field` unless `month` is 'YYYY-MM'. */
export function assertMonth(field: string, month: string | undefined): void {
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new RangeError(`${field}: expected a month as YYYY-MM, got '${month}'`);
  }
}

/**
 * The area a crime record belongs to. Without `areas`: its stored area id. With them: its stored
 * area id when that is one of the areas, otherwise the area whose wards hold its ward code
 * (first listed wins), otherwise null.
 */
export function resolvedArea(scope: DemandScope): SQL<string | null> {
  if (!scope.areas) return sql<string | null>`${crimeRecords.areaId}`;
  const ids = scope.areas.map((area) => area.id);
  const branches = scope.areas.map(
    (area) => sql`when ${crimeRecords.wardCode} = any(${sql.param([...area.wardCodes])}::text[]) then ${area.id}::text`,
  );
  return sql<string | null>`(case when ${crimeRecords.areaId} = any(${sql.param(ids)}::text[]) then ${crimeRecords.areaId} ${sql.join(branches, sql` `)} else null end)`;
}

/** Conditions selecting the scope's records from complete imports only (half-written imports never count). */
export function scopeConditions(db: Database, scope: DemandScope): SQL[] {
  assertMonth('fromMonth', scope.fromMonth);
  assertMonth('toMonth', scope.toMonth);
  if (scope.areas && scope.areaId !== undefined && !scope.areas.some((area) => area.id === scope.areaId)) {
    throw new RangeError(`areaId: '${scope.areaId}' is not one of the areas ${scope.areas.map((area) => area.id).join(', ')}`);
  }
  const complete = db.select({ id: imports.id }).from(imports).where(eq(imports.status, 'complete'));
  const conditions: SQL[] = [inArray(crimeRecords.importId, complete)];
  if (scope.fromMonth !== undefined) conditions.push(gte(crimeRecords.month, scope.fromMonth));
  if (scope.toMonth !== undefined) conditions.push(lte(crimeRecords.month, scope.toMonth));
  const area = resolvedArea(scope);
  if (scope.areaId !== undefined) conditions.push(sql`${area} = ${scope.areaId}`);
  else if (scope.areas) conditions.push(sql`${area} is not null`);
  return conditions;
}
