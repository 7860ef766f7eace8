/**
 * The demand-profile queries on the backend the configuration selects (PGlite by default,
 * PostgreSQL when DATABASE_URL is set), on records written through the import session.
 */
import { getConfig } from '@peel/config';
import type { AreaWards, CallForServiceRecord, CrimeRecord, DemandQueries } from '@peel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemandQueries } from './create-demand-queries';
import type { DatabaseHandle } from './database';
import { createDemandRepository } from './demand-repository';
import { sanDiegoCall, sha256 } from './repositories.fixtures';
import { boundaries } from './schema';
import { createTestDatabase } from './testing';

const { database } = getConfig();

/** A crime with the fields these queries read; the rest as data.police.uk writes them. */
function crime(lineNumber: number, fields: Partial<CrimeRecord> & Pick<CrimeRecord, 'month' | 'category'>): CrimeRecord {
  return {
    lineNumber,
    crimeId: null,
    reportedBy: 'Peelshire Police',
    fallsWithin: 'Peelshire Police',
    longitude: null,
    latitude: null,
    location: 'On or near Test Street',
    lsoaCode: null,
    lsoaName: null,
    crimeType: fields.category,
    lastOutcome: null,
    context: null,
    ...fields,
  };
}

const crimes: CrimeRecord[] = [
  crime(2, { month: '2024-01', category: 'violent-crime', areaId: 'north', wardCode: 'E05999901', lsoaCode: 'E01999901', matchedLsoaCode: 'E01999901', geoMatch: 'code', longitude: -0.14, latitude: 50.83 }),
  // No area stored, but its ward is one of north's; the LSOA only as written on the record.
  crime(3, { month: '2024-01', category: 'burglary', wardCode: 'E05999902', lsoaCode: 'E01999902', longitude: -0.13, latitude: 50.84 }),
  crime(4, { month: '2024-02', category: 'burglary', wardCode: 'E05999904', matchedLsoaCode: 'E01999904', geoMatch: 'geometry', longitude: -0.2, latitude: 50.9 }),
  // Stored under another model's area id: the ward decides.
  crime(5, { month: '2024-02', category: 'robbery', areaId: 'elsewhere', wardCode: 'E05999905', matchedLsoaCode: 'E01999904', geoMatch: 'geometry', longitude: -0.21, latitude: 50.91 }),
  // No location at all: in no area, no LSOA, no point.
  crime(6, { month: '2024-02', category: 'anti-social-behaviour', geoMatch: 'none' }),
  crime(7, { month: '2024-02', category: 'violent-crime', areaId: 'north', wardCode: 'E05999901', lsoaCode: 'E01999901', matchedLsoaCode: 'E01999901', geoMatch: 'code', longitude: -0.141, latitude: 50.831 }),
];

const areas: AreaWards[] = [
  { id: 'north', wardCodes: ['E05999901', 'E05999902', 'E05999903'] },
  { id: 'south', wardCodes: ['E05999904', 'E05999905'] },
];

let handle: DatabaseHandle | undefined;
let queries: DemandQueries;

beforeAll(async () => {
  handle = await createTestDatabase(database);
  const demand = createDemandRepository(handle.db);
  await demand.runImport({ kind: 'police-uk-crime', fileName: 'peelshire.csv', contentHash: sha256('profile-crimes') }, async (session) => {
    await session.insertCrimeRecords(crimes);
    return { rowsRead: crimes.length };
  });
  const calls: CallForServiceRecord[] = [sanDiegoCall(2, '2023-01-02T08:30:00Z', '0'), sanDiegoCall(3, '2023-01-02T09:30:00Z', '1'), sanDiegoCall(4, '2023-01-02T10:30:00Z', '1'), { ...sanDiegoCall(5, '2023-01-02T11:30:00Z', '9'), grade: null }];
  await demand.runImport({ kind: 'calls-for-service', fileName: 'calls.csv', contentHash: sha256('profile-calls') }, async (session) => {
    await session.insertCallsForService(calls);
    return { rowsRead: calls.length };
  });
  // Boundaries arrive through the boundaries importer; here two rows are written directly.
  const outcome = await demand.runImport({ kind: 'boundaries', fileName: 'lsoa.json', contentHash: sha256('profile-boundaries') }, async () => ({ rowsRead: 0 }));
  const polygon = (code: string, name: string, areaKm2: number) => ({
    level: 'lsoa' as const, code, name, importId: outcome.summary.id, geometry: { type: 'Polygon', coordinates: [] },
    minLon: -0.3, minLat: 50.8, maxLon: 0, maxLat: 51, centroidLon: -0.15, centroidLat: 50.9, areaKm2,
  });
  await handle.db.insert(boundaries).values([polygon('E01999901', 'Peelshire 001A', 0.5), polygon('E01999904', 'Peelshire 004A', 2.25)]);
  queries = createDemandQueries(handle.db);
}, 60_000);

afterAll(async () => {
  await handle?.close();
});

describe(`demand profile queries on ${database.kind}`, () => {
  it('counts crimes by month, category and stored area without a model', async () => {
    expect(await queries.countCrimesByArea()).toEqual([
      { month: '2024-01', category: 'violent-crime', areaId: 'north', count: 1 },
      { month: '2024-01', category: 'burglary', areaId: null, count: 1 },
      { month: '2024-02', category: 'robbery', areaId: 'elsewhere', count: 1 },
      { month: '2024-02', category: 'violent-crime', areaId: 'north', count: 1 },
      { month: '2024-02', category: 'anti-social-behaviour', areaId: null, count: 1 },
      { month: '2024-02', category: 'burglary', areaId: null, count: 1 },
    ]);
  });

  it('resolves areas through the model’s wards and leaves out records in none of them', async () => {
    expect(await queries.countCrimesByArea({ areas })).toEqual([
      { month: '2024-01', category: 'burglary', areaId: 'north', count: 1 },
      { month: '2024-01', category: 'violent-crime', areaId: 'north', count: 1 },
      { month: '2024-02', category: 'violent-crime', areaId: 'north', count: 1 },
      { month: '2024-02', category: 'burglary', areaId: 'south', count: 1 },
      { month: '2024-02', category: 'robbery', areaId: 'south', count: 1 },
    ]);
    expect(await queries.countCrimesByArea({ areas, areaId: 'south', fromMonth: '2024-02' })).toEqual([
      { month: '2024-02', category: 'burglary', areaId: 'south', count: 1 },
      { month: '2024-02', category: 'robbery', areaId: 'south', count: 1 },
    ]);
    expect(await queries.countCrimesByArea({ areaId: 'elsewhere' })).toEqual([{ month: '2024-02', category: 'robbery', areaId: 'elsewhere', count: 1 }]);
    await expect(queries.countCrimesByArea({ areas, areaId: 'west' })).rejects.toThrow("areaId: 'west' is not one of the areas north, south");
    await expect(queries.countCrimesByArea({ toMonth: '2024-2' })).rejects.toThrow("toMonth: expected a month as YYYY-MM, got '2024-2'");
  });

  it('counts crimes by LSOA (placed polygon, else the code on the record) and by ward', async () => {
    expect(await queries.countCrimesByUnit('lsoa')).toEqual([
      { month: '2024-01', category: 'violent-crime', unitCode: 'E01999901', count: 1 },
      { month: '2024-01', category: 'burglary', unitCode: 'E01999902', count: 1 },
      { month: '2024-02', category: 'violent-crime', unitCode: 'E01999901', count: 1 },
      { month: '2024-02', category: 'burglary', unitCode: 'E01999904', count: 1 },
      { month: '2024-02', category: 'robbery', unitCode: 'E01999904', count: 1 },
      { month: '2024-02', category: 'anti-social-behaviour', unitCode: null, count: 1 },
    ]);
    const wards = await queries.countCrimesByUnit('ward', { areas, areaId: 'south' });
    expect(wards.map((row) => [row.unitCode, row.count])).toEqual([
      ['E05999904', 1],
      ['E05999905', 1],
    ]);
    await expect(queries.countCrimesByUnit('msoa' as never)).rejects.toThrow("level: expected 'lsoa' or 'ward', got 'msoa'");
  });

  it('lists geolocated crimes as points, in month order, within the scope', async () => {
    const points = await queries.listCrimePoints();
    expect(points).toHaveLength(5);
    expect(points[0]).toEqual({ longitude: -0.14, latitude: 50.83, month: '2024-01', category: 'violent-crime' });
    expect((await queries.listCrimePoints({ areas, areaId: 'north', toMonth: '2024-01' })).map((point) => point.category)).toEqual(['violent-crime', 'burglary']);
  });

  it('gives the local dates of the first and last call', async () => {
    // The calls run 08:30–11:30 UTC on 2 January 2023: 00:30–03:30 in San Diego (UTC-8), but 22:30 on 1 January to 01:30 in Honolulu (UTC-10).
    expect(await queries.callsDateRange('UTC')).toEqual({ firstDay: '2023-01-02', lastDay: '2023-01-02' });
    expect(await queries.callsDateRange('America/Los_Angeles')).toEqual({ firstDay: '2023-01-02', lastDay: '2023-01-02' });
    expect(await queries.callsDateRange('Asia/Tokyo')).toEqual({ firstDay: '2023-01-02', lastDay: '2023-01-02' });
    expect(await queries.callsDateRange('Pacific/Honolulu')).toEqual({ firstDay: '2023-01-01', lastDay: '2023-01-02' });
    await expect(queries.callsDateRange('Mars/Olympus')).rejects.toThrow("timeZone: unknown IANA time zone 'Mars/Olympus'");
  });

  it('counts calls by grade (null last) and lists boundary areas', async () => {
    expect(await queries.countCallsByGrade()).toEqual([
      { grade: 1, count: 1 },
      { grade: 2, count: 2 },
      { grade: null, count: 1 },
    ]);
    expect(await queries.listBoundaryAreas('lsoa')).toEqual([
      { code: 'E01999901', name: 'Peelshire 001A', areaKm2: 0.5 },
      { code: 'E01999904', name: 'Peelshire 004A', areaKm2: 2.25 },
    ]);
    expect(await queries.listBoundaryAreas('lsoa', ['E01999904', 'E01999999'])).toEqual([{ code: 'E01999904', name: 'Peelshire 004A', areaKm2: 2.25 }]);
    expect(await queries.listBoundaryAreas('ward')).toEqual([]);
  });
});
