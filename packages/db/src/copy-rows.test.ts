/**
 * COPY and the unnest INSERT store the same values, on the configured backend: awkward text
 * (quotes, commas, backslashes, `\.`, line breaks, the word NULL, empty strings), nulls, extreme
 * doubles and times with milliseconds, for crime records (the dedicated encoder) and calls (the
 * generic one).
 */
import { getConfig } from '@peel/config';
import type { CallForServiceRecord, CrimeRecord } from '@peel/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { createDemandRepository } from './demand-repository';
import { queryRows } from './query-rows';
import { sanDiegoCall, sha256, sussexCrimes } from './repositories.fixtures';
import { createTestDatabase } from './testing';
import type { RowWriteMethod } from './write-method';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase(getConfig().database);
});
afterAll(() => handle.close());

const AWKWARD = ['', 'NULL', '\\N', '\\.', 'a,b', 'say "hi"', '"', 'line\nbreak', 'cr\rlf\r\n', 'back\\slash', ' padded ', 'café 🚓', '\uFEFFbom'];

const crimes: CrimeRecord[] = AWKWARD.map((value, index) => ({
  ...sussexCrimes[index % sussexCrimes.length]!,
  lineNumber: index + 2,
  crimeId: index % 2 === 0 ? value : null,
  location: value,
  lsoaName: value === '' ? null : value,
  context: value,
  longitude: index === 0 ? null : [-180, 180, -0.1234567890123, 5e-324, 1.7976931348623157e308][index % 5]! % 180,
  latitude: index === 0 ? null : 50.987654321,
  areaId: index % 3 === 0 ? undefined : `area ${value}`,
  wardCode: null,
  matchedLsoaCode: value,
  geoMatch: (['code', 'geometry', 'none', null] as const)[index % 4]!,
}));

const calls: CallForServiceRecord[] = AWKWARD.map((value, index) => ({
  ...sanDiegoCall(index + 2, `2023-01-0${1 + (index % 9)}T0${index % 10}:00:05.${String(index).padStart(3, '0')}Z`),
  sourceCallId: `id ${value}`,
  callType: value,
  disposition: index % 2 === 0 ? value : null,
  clearedAt: index % 3 === 0 ? null : new Date(Date.UTC(2023, 0, 1, 1, 2, 3, index)),
  timeSpentMinutes: index % 4 === 0 ? null : index * 1.5,
}));

/** Imports both record sets with `method` and reads them back (without the import id). */
async function roundTrip(method: RowWriteMethod) {
  const demand = createDemandRepository(handle.db, { writeMethod: method });
  const crime = await demand.runImport({ kind: 'police-uk-crime', fileName: `${method}.csv`, contentHash: sha256(`crime ${method}`) }, async (session) => {
    await session.insertCrimeRecords(crimes);
    return { rowsRead: crimes.length };
  });
  const call = await demand.runImport({ kind: 'calls-for-service', fileName: `${method}.csv`, contentHash: sha256(`calls ${method}`) }, async (session) => {
    await session.insertCallsForService(calls);
    return { rowsRead: calls.length };
  });
  // The bytes too: PGlite's result decoding drops a leading byte-order mark that is stored all right.
  const crimeRows = await queryRows(
    handle.db,
    sql`select *, encode(convert_to(location, 'UTF8'), 'hex') as location_hex from crime_records where import_id = ${crime.summary.id} order by line_number`,
  );
  const callRows = await queryRows(
    handle.db,
    sql`select *, (extract(epoch from received_at) * 1000)::float8 as received_ms, (extract(epoch from cleared_at) * 1000)::float8 as cleared_ms
        from calls_for_service where import_id = ${call.summary.id} order by line_number`,
  );
  const strip = (rows: Record<string, unknown>[]) => rows.map(({ import_id: _, ...rest }) => rest);
  return { crimes: strip(crimeRows), calls: strip(callRows) };
}

it('stores the same values with COPY as with INSERT', async () => {
  const copied = await roundTrip('copy');
  const inserted = await roundTrip('insert');
  expect(copied.crimes).toHaveLength(AWKWARD.length);
  expect(copied).toEqual(inserted);
  expect(copied.crimes.map((row) => row.location_hex)).toEqual(AWKWARD.map((value) => Buffer.from(value).toString('hex')));
  expect(copied.crimes.slice(0, -1).map((row) => row.context)).toEqual(AWKWARD.slice(0, -1));
  expect(copied.crimes[0]).toMatchObject({ crime_id: '', lsoa_name: null, longitude: null, has_location: false, area_id: null });
  expect(copied.calls.slice(0, -1).map((row) => row.call_type)).toEqual(AWKWARD.slice(0, -1));
  expect(copied.calls.map((row) => row.cleared_ms)).toEqual(calls.map((call) => call.clearedAt?.getTime() ?? null));
});
