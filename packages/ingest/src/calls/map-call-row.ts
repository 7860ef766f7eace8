/** One CSV row of a calls-for-service export → a call record, or the reasons it is rejected. */
import type { CallForServiceRecord, GeoMatch, ImportRejection } from '@peel/domain';
import type { GeographyResolver, RecordLocation } from '../geography/geography-resolver';
import type { LoadedCallMapping } from './load-call-mapping';

/** A mapped row: the record to store, or every reason the line is rejected. */
export type MappedCallRow = { ok: true; record: CallForServiceRecord; location: RecordLocation } | { ok: false; rejections: ImportRejection[] };

/** Maps rows of one file; keeps the state that spans rows (call ids seen, for duplicates). */
export interface CallRowMapper {
  map(row: Readonly<Record<string, string | undefined>>, line: number): MappedCallRow;
}

/** The columns a mapping needs that the file's header lacks, as messages naming the mapping field. */
export function missingCallColumns(loaded: LoadedCallMapping, headers: readonly string[]): string[] {
  const present = new Set(headers.map((header) => header.trim()));
  return Object.entries(loaded.mapping.columns)
    .filter(([, name]) => name !== undefined && !present.has(name))
    .map(([field, name]) => `columns.${field}: the file has no column '${name}'`);
}

/**
 * Creates the row mapper. Rules (each failure is a rejection naming the CSV column):
 * - id: required; a row repeating the id of a stored row is rejected, naming that row's line.
 * - receivedAt (and dispatched/arrived/cleared when mapped): the mapping's pattern, read as wall
 *   time in its zone (DST handled by {@link createWallTimeConverter}); empty optional times are null.
 * - type: required unless the mapping gives `missingType`.
 * - priority: required; → grade through `grades`; a priority not listed is kept ungraded or
 *   rejected (`ungradedPriorities`).
 * - latitude/longitude: both or neither, numbers in range; timeSpentMinutes a number ≥ 0.
 * - location: a point goes to the resolver; an LSOA code goes to the resolver as the record's
 *   LSOA code; a beat code is looked up in `lookups.locations`, whose value is the call's area
 *   ('code' match), unless it is one of `location.noLocation`.
 */
export function createCallRowMapper(loaded: LoadedCallMapping, resolver?: GeographyResolver): CallRowMapper {
  const { mapping, timestamps, clock, lookups } = loaded;
  const { columns } = mapping;
  const firstLineOfId = new Map<string, number>();
  const noLocation = new Set(mapping.location?.noLocation ?? []);

  return {
    map(row, line) {
      const rejections: ImportRejection[] = [];
      const reject = (column: string, reason: string) => rejections.push({ line, column, reason: `${column}: ${reason}` });
      const value = (column: string | undefined) => (column === undefined ? '' : (row[column] ?? '').trim());

      const time = (column: string | undefined, required: boolean): Date | null => {
        if (column === undefined) return null;
        const text = value(column);
        if (text === '') {
          if (required) reject(column, 'empty (the time the call was received is required)');
          return null;
        }
        const wall = timestamps.parse(text);
        if ('error' in wall) {
          reject(column, wall.error);
          return null;
        }
        return new Date(clock.toEpochMs(wall));
      };

      const id = value(columns.id);
      if (id === '') reject(columns.id, 'empty (every call needs an id)');
      else {
        const first = firstLineOfId.get(id);
        if (first !== undefined) reject(columns.id, `duplicate call id '${id}' (first on line ${first})`);
      }
      const receivedAt = time(columns.receivedAt, true);
      const dispatchedAt = time(columns.dispatchedAt, false);
      const arrivedAt = time(columns.arrivedAt, false);
      const clearedAt = time(columns.clearedAt, false);

      let callType = value(columns.type);
      if (callType === '') {
        if (mapping.missingType === undefined) reject(columns.type, 'empty (set missingType in the mapping to keep such calls)');
        else callType = mapping.missingType;
      }
      const priority = value(columns.priority);
      let grade: number | null = null;
      if (priority === '') reject(columns.priority, 'empty');
      else {
        grade = Object.hasOwn(mapping.grades, priority) ? (mapping.grades[priority] ?? null) : null;
        if (grade === null && mapping.ungradedPriorities === 'reject') {
          reject(columns.priority, `'${priority}' is not in the mapping's grades (${Object.keys(mapping.grades).join(', ')})`);
        }
      }

      const latitude = coordinate(columns.latitude, value(columns.latitude), 90, reject);
      const longitude = coordinate(columns.longitude, value(columns.longitude), 180, reject);
      if (columns.latitude !== undefined && (latitude === null) !== (longitude === null) && rejections.length === 0) {
        reject(latitude === null ? columns.latitude : (columns.longitude as string), 'empty while the other coordinate is given');
      }
      let timeSpentMinutes: number | null = null;
      const spent = value(columns.timeSpentMinutes);
      if (columns.timeSpentMinutes !== undefined && spent !== '') {
        timeSpentMinutes = Number(spent);
        if (!Number.isFinite(timeSpentMinutes) || timeSpentMinutes < 0) reject(columns.timeSpentMinutes, `expected minutes ≥ 0, got '${spent}'`);
      }
      if (rejections.length > 0 || receivedAt === null) return { ok: false, rejections };
      firstLineOfId.set(id, line);

      const code = value(columns.locationCode);
      const locationCode = code === '' || noLocation.has(code) ? null : code;
      const isLsoa = mapping.location?.codeKind === 'lsoa';
      const location: RecordLocation = { lsoaCode: isLsoa ? locationCode : null, longitude, latitude };
      let placed = { matchedLsoaCode: null as string | null, wardCode: null as string | null, areaId: null as string | null, geoMatch: 'none' as GeoMatch };
      if (resolver !== undefined && (isLsoa || latitude !== null)) placed = resolver.resolve(location);
      if (placed.geoMatch === 'none' && !isLsoa && locationCode !== null) {
        const area = lookups.locations?.values.get(locationCode);
        if (area !== undefined) placed = { matchedLsoaCode: null, wardCode: null, areaId: area, geoMatch: 'code' };
      }
      const disposition = value(columns.disposition);
      return {
        ok: true,
        location,
        record: {
          lineNumber: line,
          sourceCallId: id,
          receivedAt,
          callType,
          priority,
          grade,
          latitude,
          longitude,
          locationCode: code === '' ? null : code,
          areaId: placed.areaId,
          wardCode: placed.wardCode,
          matchedLsoaCode: placed.matchedLsoaCode,
          geoMatch: placed.geoMatch,
          dispatchedAt,
          arrivedAt,
          clearedAt,
          timeSpentMinutes,
          disposition: disposition === '' ? null : disposition,
        },
      };
    },
  };
}

function coordinate(column: string | undefined, text: string, limit: number, reject: (column: string, reason: string) => void): number | null {
  if (column === undefined || text === '') return null;
  const number = Number(text);
  if (!Number.isFinite(number) || Math.abs(number) > limit) {
    reject(column, `expected a number between −${limit} and ${limit}, got '${text}'`);
    return null;
  }
  return number;
}
