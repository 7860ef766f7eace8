/** Mapping between the domain's record types and table rows. */
import type { CallForServiceRecord, CrimeRecord } from '@peel/domain';
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

/** A crime record as a `crime_records` row of the given import. */
export function toCrimeRow(importId: number, record: CrimeRecord): typeof crimeRecords.$inferInsert {
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
  };
}

/** A call for service as a `calls_for_service` row of the given import. */
export function toCallRow(importId: number, record: CallForServiceRecord): typeof callsForService.$inferInsert {
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
    dispatchedAt: record.dispatchedAt ?? null,
    arrivedAt: record.arrivedAt ?? null,
    clearedAt: record.clearedAt ?? null,
    timeSpentMinutes: record.timeSpentMinutes ?? null,
    disposition: record.disposition ?? null,
  };
}

/**
 * Splits rows into statements of at most `size` rows. PostgreSQL allows 65,535 bind parameters
 * per statement; 1,000 rows of ≤ 18 columns stay well inside that.
 */
export function* chunks<T>(rows: readonly T[], size = 1000): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
