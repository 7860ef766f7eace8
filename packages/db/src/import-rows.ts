/** Mapping between the domain's record types and table rows. */
import type { CallForServiceRecord, CrimeRecord } from '@peel/domain';
import { getTableColumns } from 'drizzle-orm';
import { callsForService, crimeRecords, imports } from './schema';

/** The columns of `imports` selected as an `ImportSummary`. */
export const importSummaryColumns = {
  id: imports.id,
  kind: imports.kind,
  fileName: imports.fileName,
  contentHash: imports.contentHash,
  status: imports.status,
  rowsRead: imports.rowsRead,
  rowsImported: imports.rowsImported,
  rowsRejected: imports.rowsRejected,
  startedAt: imports.startedAt,
  finishedAt: imports.finishedAt,
};

/** A full `crime_records` row: every column present, unknowns as null. */
export type CrimeRow = Required<typeof crimeRecords.$inferInsert>;
/** A full `calls_for_service` row: every column present, unknowns as null. */
export type CallRow = Required<typeof callsForService.$inferInsert>;

/** Every column of `crime_records` (the keys {@link toCrimeRow} fills). */
export const CRIME_KEYS = Object.keys(getTableColumns(crimeRecords)) as (keyof CrimeRow & string)[];
/** Every column of `calls_for_service` (the keys {@link toCallRow} fills). */
export const CALL_KEYS = Object.keys(getTableColumns(callsForService)) as (keyof CallRow & string)[];

/** A crime record as a `crime_records` row of the given import. */
export function toCrimeRow(importId: number, record: CrimeRecord): CrimeRow {
  return {
    importId,
    lineNumber: record.lineNumber,
    crimeId: record.crimeId,
    month: record.month,
    reportedBy: record.reportedBy,
    fallsWithin: record.fallsWithin,
    longitude: record.longitude,
    latitude: record.latitude,
    hasLocation: record.longitude !== null && record.latitude !== null,
    location: record.location,
    lsoaCode: record.lsoaCode,
    lsoaName: record.lsoaName,
    crimeType: record.crimeType,
    category: record.category,
    lastOutcome: record.lastOutcome,
    context: record.context,
    areaId: record.areaId ?? null,
    wardCode: record.wardCode ?? null,
    matchedLsoaCode: record.matchedLsoaCode ?? null,
    geoMatch: record.geoMatch ?? null,
  };
}

/** A call for service as a `calls_for_service` row of the given import. */
export function toCallRow(importId: number, record: CallForServiceRecord): CallRow {
  return {
    importId,
    lineNumber: record.lineNumber,
    sourceCallId: record.sourceCallId,
    receivedAt: record.receivedAt,
    callType: record.callType,
    priority: record.priority,
    grade: record.grade,
    latitude: record.latitude,
    longitude: record.longitude,
    locationCode: record.locationCode,
    areaId: record.areaId ?? null,
    wardCode: record.wardCode ?? null,
    matchedLsoaCode: record.matchedLsoaCode ?? null,
    geoMatch: record.geoMatch ?? null,
    dispatchedAt: record.dispatchedAt ?? null,
    arrivedAt: record.arrivedAt ?? null,
    clearedAt: record.clearedAt ?? null,
    timeSpentMinutes: record.timeSpentMinutes ?? null,
    disposition: record.disposition ?? null,
  };
}

/** Splits rows into consecutive slices of at most `size` rows. */
export function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
