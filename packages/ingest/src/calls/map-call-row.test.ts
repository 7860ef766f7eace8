import { describe, expect, it } from 'vitest';
import { squareBoundary } from '../boundaries/testing/synthetic';
import { createGeographyResolver } from '../geography/create-geography-resolver';
import { createCallImportTally } from './call-import-tally';
import type { LoadedCallMapping } from './load-call-mapping';
import { parseCallMapping } from './load-call-mapping';
import { createCallRowMapper, missingCallColumns } from './map-call-row';
import { compileTimestampFormat } from './timestamp-format';
import { createWallTimeConverter } from './wall-time';

function load(yaml: string, lookups: LoadedCallMapping['lookups'] = {}): LoadedCallMapping {
  const mapping = parseCallMapping(yaml, 'm.yaml');
  return { file: 'm.yaml', mapping, timestamps: compileTimestampFormat(mapping.timestampFormat), clock: createWallTimeConverter(mapping.timeZone), lookups };
}

const beatMapping = load(
  `timeZone: America/Los_Angeles
columns: { id: incident_num, receivedAt: date_time, type: call_type, priority: priority, disposition: disposition, locationCode: beat }
missingType: UNKNOWN
grades: { "0": 1, "1": 1, "2": 2 }
location: { codeKind: beat, noLocation: ["-1"] }
`,
  {
    locations: { file: '/d/beats.csv', values: new Map([['523', 'Gaslamp']]), warnings: [] },
    callTypes: { file: '/d/types.csv', values: new Map([['FD', 'FIRE DEPT']]), warnings: ['types.csv line 3: call_type \'FD\' is given as both \'FIRE DEPT\' and \'FIRE\'; kept \'FIRE DEPT\''] },
  },
);
const row = (fields: Record<string, string>) => ({ incident_num: 'E1', date_time: '2023-01-01 00:00:05', call_type: 'FD', priority: '2', disposition: 'K', beat: '523', ...fields });

describe('createCallRowMapper with beats (San Diego style)', () => {
  it('maps a row: local time to an instant, priority to grade, beat to its neighbourhood', () => {
    const mapped = createCallRowMapper(beatMapping).map(row({}), 2);
    expect(mapped).toEqual({
      ok: true,
      location: { lsoaCode: null, longitude: null, latitude: null },
      record: {
        lineNumber: 2, sourceCallId: 'E1', receivedAt: new Date('2023-01-01T08:00:05Z'), callType: 'FD', priority: '2', grade: 2,
        latitude: null, longitude: null, locationCode: '523', areaId: 'Gaslamp', wardCode: null, matchedLsoaCode: null, geoMatch: 'code',
        dispatchedAt: null, arrivedAt: null, clearedAt: null, timeSpentMinutes: null, disposition: 'K',
      },
    });
  });

  it('keeps an ungraded priority, an empty type as missingType, and a no-location or unknown beat as unmatched', () => {
    const mapper = createCallRowMapper(beatMapping);
    const a = mapper.map(row({ incident_num: 'A', priority: '9', call_type: '', beat: '-1', disposition: '' }), 2);
    expect(a.ok && a.record).toMatchObject({ grade: null, callType: 'UNKNOWN', locationCode: '-1', areaId: null, geoMatch: 'none', disposition: null });
    const b = mapper.map(row({ incident_num: 'B', beat: '999' }), 3);
    expect(b.ok && b.record).toMatchObject({ areaId: null, geoMatch: 'none' });
  });

  it('rejects every bad field of a line, naming the column, and a repeated id naming the first line', () => {
    const mapper = createCallRowMapper(beatMapping);
    expect(mapper.map(row({ incident_num: '', date_time: '2023-02-30 10:00:00', priority: '' }), 5)).toEqual({
      ok: false,
      rejections: [
        { line: 5, column: 'incident_num', reason: 'incident_num: empty (every call needs an id)' },
        { line: 5, column: 'date_time', reason: "date_time: day 30 is not in 2023-02 in '2023-02-30 10:00:00'" },
        { line: 5, column: 'priority', reason: 'priority: empty' },
      ],
    });
    expect(mapper.map(row({ incident_num: 'X' }), 6).ok).toBe(true);
    expect(mapper.map(row({ incident_num: 'X' }), 7)).toEqual({ ok: false, rejections: [{ line: 7, column: 'incident_num', reason: "incident_num: duplicate call id 'X' (first on line 6)" }] });
    expect(mapper.map({ incident_num: 'Y' }, 8)).toEqual({
      ok: false,
      rejections: [
        { line: 8, column: 'date_time', reason: 'date_time: empty (the time the call was received is required)' },
        { line: 8, column: 'priority', reason: 'priority: empty' },
      ],
    });
    // Only stored calls claim their id: a rejected line's id may come back on a later, good line.
    expect(mapper.map(row({ incident_num: 'Y' }), 9).ok).toBe(true);
  });

  it('lists the mapped columns the header lacks', () => {
    expect(missingCallColumns(beatMapping, ['incident_num', 'date_time', 'call_type', 'priority'])).toEqual([
      "columns.locationCode: the file has no column 'beat'",
      "columns.disposition: the file has no column 'disposition'",
    ]);
  });

  it('tallies by call type, grade and priority, geography, and codes missing from the lookups', () => {
    const mapper = createCallRowMapper(beatMapping);
    const tally = createCallImportTally(beatMapping);
    const rows = [row({ incident_num: '1' }), row({ incident_num: '2', call_type: 'ZZ', priority: '9', beat: '999' }), row({ incident_num: '3', call_type: '', beat: '-1' })];
    rows.forEach((fields, i) => {
      const mapped = mapper.map(fields, i + 2);
      if (mapped.ok) tally.add(mapped.record);
    });
    expect(tally.counts()).toEqual({
      byCategory: { FD: 1, UNKNOWN: 1, ZZ: 1 },
      byGrade: { '2': 2, ungraded: 1 },
      byPriority: { '2': 2, '9': 1 },
      matchedByCode: 1,
      matchedByGeometry: 0,
      unmatched: 2,
      notes: ["types.csv line 3: call_type 'FD' is given as both 'FIRE DEPT' and 'FIRE'; kept 'FIRE DEPT'", "1 calls have a call type (call_type) not in types.csv: 'ZZ' (1); kept as written", "1 calls have a location code (beat) not in beats.csv: '999' (1); kept as written"],
    });
  });
});

describe('createCallRowMapper with coordinates and optional times (UK CAD style)', () => {
  const uk = load(`timeZone: Europe/London
timestampFormat: DD/MM/YYYY HH:mm
columns: { id: ref, receivedAt: created, type: type, priority: grade, latitude: lat, longitude: lon, dispatchedAt: dispatched, arrivedAt: arrived, clearedAt: cleared, timeSpentMinutes: minutes }
grades: { E: 1, P: 2 }
ungradedPriorities: reject
`);
  const resolver = createGeographyResolver({ lsoas: [squareBoundary('L1', 0, 51, 0.01, 1)], wards: [squareBoundary('W1', 0, 51, 0.01, 1)], model: { geography: { areas: [{ id: 'north', wards: [{ code: 'W1' }] }] } } });
  const base = { ref: 'C1', created: '31/03/2024 00:59', type: 'ASB', grade: 'E', lat: '51.005', lon: '0.005', dispatched: '31/03/2024 01:30', arrived: '', cleared: '31/03/2024 02:10', minutes: '42.5' };

  it('reads optional times in the zone across the spring-forward gap and places the point', () => {
    const mapped = createCallRowMapper(uk, resolver).map(base, 2);
    expect(mapped.ok && mapped.record).toMatchObject({
      receivedAt: new Date('2024-03-31T00:59:00Z'),
      dispatchedAt: new Date('2024-03-31T01:30:00Z'), // 01:30 does not exist in London that night: read as 02:30 BST
      arrivedAt: null,
      clearedAt: new Date('2024-03-31T01:10:00Z'),
      timeSpentMinutes: 42.5,
      grade: 1,
      matchedLsoaCode: 'L1',
      wardCode: 'W1',
      areaId: 'north',
      geoMatch: 'geometry',
    });
  });

  it('rejects bad coordinates, negative time spent and a priority the mapping does not grade', () => {
    const mapped = createCallRowMapper(uk, resolver).map({ ...base, lat: '91', lon: 'east', minutes: '-3', grade: 'X' }, 9);
    expect(mapped.ok ? [] : mapped.rejections.map((r) => r.reason)).toEqual([
      "grade: 'X' is not in the mapping's grades (E, P)",
      "lat: expected a number between −90 and 90, got '91'",
      "lon: expected a number between −180 and 180, got 'east'",
      "minutes: expected minutes ≥ 0, got '-3'",
    ]);
    const half = createCallRowMapper(uk, resolver).map({ ...base, lon: '' }, 10);
    expect(half.ok ? [] : half.rejections.map((r) => r.reason)).toEqual(['lon: empty while the other coordinate is given']);
  });
});
