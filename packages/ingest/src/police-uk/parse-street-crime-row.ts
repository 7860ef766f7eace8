/** One data.police.uk street-level crime row → a `CrimeRecord`, or the reasons it is rejected. */
import type { CrimeRecord } from '@peel/domain';
import type { GeographyResolver } from '../geography/geography-resolver';
import type { RowProblem, RowResult } from '../pipeline/row-format';
import { crimeCategoryOf } from './crime-types';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A plain decimal number, as data.police.uk writes coordinates (no hex, no blanks, no 'Infinity'). */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Empty optional text is stored as null. */
function optional(value: string): string | null {
  return value === '' ? null : value;
}

/** Parses a coordinate, or records why not. */
function coordinate(value: string, column: 'Longitude' | 'Latitude', limit: number, problems: RowProblem[]): number | null {
  if (!DECIMAL.test(value)) {
    problems.push({ column, reason: `expected a number, got '${value}'` });
    return null;
  }
  const number = Number(value);
  if (Math.abs(number) > limit) {
    problems.push({ column, reason: `${value} is outside −${limit}…${limit}` });
    return null;
  }
  return number;
}

/**
 * Parses the 12 fields of a row (in the order of STREET_CRIME_COLUMNS) found on `line`, and
 * places the record with `geography`. Rows without coordinates (both blank: data.police.uk's
 * "No Location" rows) are kept with null coordinates; a row with only one of the two is rejected.
 */
export function parseStreetCrimeRow(fields: readonly string[], line: number, geography: GeographyResolver): RowResult<CrimeRecord> {
  const [crimeId = '', month = '', reportedBy = '', fallsWithin = '', longitudeText = '', latitudeText = '', location = '', lsoaCode = '', lsoaName = '', crimeType = '', lastOutcome = '', context = ''] = fields;
  const problems: RowProblem[] = [];
  if (!MONTH.test(month)) problems.push({ column: 'Month', reason: `expected YYYY-MM (month 01–12), got '${month}'` });
  if (reportedBy.trim() === '') problems.push({ column: 'Reported by', reason: 'is empty' });
  if (fallsWithin.trim() === '') problems.push({ column: 'Falls within', reason: 'is empty' });

  let longitude: number | null = null;
  let latitude: number | null = null;
  if (longitudeText === '' && latitudeText !== '') problems.push({ column: 'Longitude', reason: `is empty but Latitude is '${latitudeText}'` });
  else if (latitudeText === '' && longitudeText !== '') problems.push({ column: 'Latitude', reason: `is empty but Longitude is '${longitudeText}'` });
  else if (longitudeText !== '') {
    longitude = coordinate(longitudeText, 'Longitude', 180, problems);
    latitude = coordinate(latitudeText, 'Latitude', 90, problems);
  }

  const category = crimeCategoryOf(crimeType);
  if (category === undefined) {
    problems.push({ column: 'Crime type', reason: crimeType.trim() === '' ? 'is empty' : `unknown crime type '${crimeType}' (not one of the 14 data.police.uk crime types)` });
  }
  if (problems.length > 0 || category === undefined) return { problems };

  // Placed first, so the record is built in one literal (one object shape for every record).
  const lsoa = optional(lsoaCode);
  const placed = geography.resolve({ lsoaCode: lsoa, longitude, latitude });
  const record: CrimeRecord = {
    lineNumber: line,
    crimeId: optional(crimeId),
    month,
    reportedBy,
    fallsWithin,
    longitude,
    latitude,
    location,
    lsoaCode: lsoa,
    lsoaName: optional(lsoaName),
    crimeType,
    category,
    lastOutcome: optional(lastOutcome),
    context: optional(context),
    areaId: placed.areaId,
    wardCode: placed.wardCode,
    matchedLsoaCode: placed.matchedLsoaCode,
    geoMatch: placed.geoMatch,
  };
  return { record };
}
