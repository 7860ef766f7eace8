/** The data.police.uk street-level crime file as a {@link RowFormat} for the import pipeline. */
import type { CrimeRecord } from '@peel/domain';
import { type GeographyResolver, NO_GEOGRAPHY } from '../geography/geography-resolver';
import { requireExactHeader } from '../pipeline/header-check';
import type { RowFormat } from '../pipeline/row-format';
import { parseStreetCrimeRow } from './parse-street-crime-row';
import { STREET_CRIME_COLUMNS } from './street-crime-columns';

/**
 * The street-level crime format: the exact 12-column header, one record per line (the archive
 * files never break a field across lines, so a stray quote costs one line, not the rest of the
 * file), records stored as `police-uk-crime` imports and counted by category slug.
 * @param geography places each record (LSOA, ward, area); NO_GEOGRAPHY leaves them unplaced
 */
export function createPoliceUkFormat(geography: GeographyResolver = NO_GEOGRAPHY): RowFormat<CrimeRecord> {
  return {
    kind: 'police-uk-crime',
    maxLinesPerRecord: 1,
    prepare(header) {
      requireExactHeader(header, STREET_CRIME_COLUMNS);
      return (fields, line) => parseStreetCrimeRow(fields, line, geography);
    },
    write: (session, records) => session.insertCrimeRecords(records),
    categoryOf: (record) => record.category,
  };
}
