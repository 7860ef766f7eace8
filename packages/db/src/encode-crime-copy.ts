/**
 * Crime records straight to COPY CSV text, without building a row object per record: the hot
 * path of a data.police.uk import (a million rows is twenty million fields). The output is the
 * same as the generic encoder's (`createCopyEncoder(crimeRecords, CRIME_KEYS)` over `toCrimeRow`),
 * which encode-crime-copy.test.ts checks on generated records.
 */
import type { CrimeRecord } from '@peel/domain';
import { encodeCopyField } from './copy-csv';
import { CRIME_KEYS } from './import-rows';

/** The column order the encoder writes: every column of crime_records, as CRIME_KEYS lists them. */
export const CRIME_COPY_KEYS = CRIME_KEYS;

const EXPECTED_ORDER = [
  'importId', 'lineNumber', 'crimeId', 'month', 'reportedBy', 'fallsWithin', 'longitude', 'latitude', 'hasLocation', 'location',
  'lsoaCode', 'lsoaName', 'crimeType', 'category', 'lastOutcome', 'context', 'areaId', 'wardCode', 'matchedLsoaCode', 'geoMatch',
].join();
// The encoder below writes the columns in this order; a schema change must change both.
if (CRIME_KEYS.join() !== EXPECTED_ORDER) throw new Error(`encode-crime-copy: crime_records columns changed (${CRIME_KEYS.join()}); update the encoder`);

/** Text that needs no quoting is written as is (the common case); anything else goes through encodeCopyField. */
const PLAIN = /^[^",\r\n\\]+$/;

/** A text column: null → NULL (empty), '' → "", plain text as is, else quoted. */
function text(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return PLAIN.test(value) ? value : encodeCopyField(value);
}

/** A double precision column (null → NULL). */
function number(value: number | null): string {
  return value === null ? '' : String(value);
}

/** Encodes `records` of import `importId` as COPY CSV lines in CRIME_COPY_KEYS order. */
export function encodeCrimeCopyRows(importId: number, records: readonly CrimeRecord[]): string {
  let out = '';
  for (const record of records) {
    const hasLocation = record.longitude !== null && record.latitude !== null;
    out +=
      `${importId},${record.lineNumber},${text(record.crimeId)},${text(record.month)},${text(record.reportedBy)},${text(record.fallsWithin)},` +
      `${number(record.longitude)},${number(record.latitude)},${hasLocation ? 't' : 'f'},${text(record.location)},${text(record.lsoaCode)},` +
      `${text(record.lsoaName)},${text(record.crimeType)},${text(record.category)},${text(record.lastOutcome)},${text(record.context)},` +
      `${text(record.areaId)},${text(record.wardCode)},${text(record.matchedLsoaCode)},${text(record.geoMatch)}\n`;
  }
  return out;
}
