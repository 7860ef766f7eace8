/** Shared cases for the DemandRepository implementation. */
import type { ImportSession, NewImport } from '@peel/domain';
import { expect, it, vi } from 'vitest';
import type { DatabaseHandle } from './database';
import { createDemandRepository } from './demand-repository';
import { sql } from 'drizzle-orm';
import { ImportError } from './import-error';
import { queryRows } from './query-rows';
import { errorText, sanDiegoCall, sha256, sussexCrimes } from './repositories.fixtures';

const crimeFile = (name: string): NewImport => ({ kind: 'police-uk-crime', fileName: `${name}.csv`, contentHash: sha256(name) });

/** Stores the Sussex fixture in two batches, as a streaming importer would. */
async function importSussex(session: ImportSession) {
  await session.insertCrimeRecords(sussexCrimes.slice(0, 4));
  await session.insertCrimeRecords(sussexCrimes.slice(4));
  return { rowsRead: sussexCrimes.length };
}

/** Registers the demand repository cases; `database` returns the file's migrated database. */
export function registerDemandRepositoryCases(database: () => DatabaseHandle): void {
  const repository = () => createDemandRepository(database().db);

  it('imports crime records in batches and counts them by category, area and month', async () => {
    const demand = repository();
    const outcome = await demand.runImport(crimeFile('sussex-2018-11'), importSussex);
    expect(outcome.status).toBe('imported');
    expect(outcome.summary).toMatchObject({ status: 'complete', rowsRead: 7, rowsImported: 7, rowsRejected: 0 });
    expect(outcome.summary.finishedAt).toBeInstanceOf(Date);
    expect(await demand.findImport('police-uk-crime', sha256('sussex-2018-11'))).toEqual(outcome.summary);
    const counts = await demand.countCrimes({ importId: outcome.summary.id });
    expect(counts).toEqual([
      { category: 'anti-social-behaviour', areaId: 'adur', month: '2018-11', count: 1 },
      { category: 'criminal-damage-arson', areaId: 'adur', month: '2018-11', count: 1 },
      { category: 'other-theft', areaId: 'adur', month: '2018-11', count: 1 },
      { category: 'public-order', areaId: 'adur', month: '2018-11', count: 1 },
      { category: 'violent-crime', areaId: 'adur', month: '2018-11', count: 2 },
      { category: 'anti-social-behaviour', areaId: null, month: '2024-03', count: 1 },
    ]);
    expect(counts.every((row) => typeof row.count === 'number')).toBe(true);
    expect(await demand.countCrimes({ importId: outcome.summary.id, fromMonth: '2019-01', toMonth: '2024-12' })).toEqual([
      { category: 'anti-social-behaviour', areaId: null, month: '2024-03', count: 1 },
    ]);
    await expect(demand.countCrimes({ fromMonth: '2024-1' })).rejects.toThrow("fromMonth: expected a month as YYYY-MM, got '2024-1'");
  });

  it('reports an already-imported file and adds nothing on re-import', async () => {
    const demand = repository();
    const file = crimeFile('sussex-again');
    const first = await demand.runImport(file, importSussex);
    const before = await demand.listImports();
    const work = vi.fn(importSussex);
    const second = await demand.runImport({ ...file, fileName: 'renamed.csv' }, work);
    expect(second).toEqual({ status: 'already-imported', summary: first.summary });
    expect(work).not.toHaveBeenCalled();
    expect(await demand.listImports()).toEqual(before);
    const total = (await demand.countCrimes({ importId: first.summary.id })).reduce((sum, row) => sum + row.count, 0);
    expect(total).toBe(7);
  });

  it('stores a file once when two imports of it run at the same time', async () => {
    const demand = repository();
    const file = crimeFile('sussex-concurrent');
    const outcomes = await Promise.all([demand.runImport(file, importSussex), demand.runImport(file, importSussex)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['already-imported', 'imported']);
    const reconciliation = await demand.getReconciliation(outcomes[0]!.summary.id);
    expect(reconciliation).toMatchObject({ rowsImported: 7, isBalanced: true });
  });

  it('leaves no rows when the import fails part-way, and the file can be imported afterwards', async () => {
    const demand = repository();
    const file = crimeFile('sussex-killed');
    let importId = 0;
    const failing = demand.runImport(file, async (session) => {
      importId = session.importId;
      await session.insertCrimeRecords(sussexCrimes.slice(0, 3));
      await session.recordRejections([{ line: 9, column: 'Month', reason: 'Month: expected YYYY-MM' }]);
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(importId).toBeGreaterThan(0);
    expect(await demand.findImport(file.kind, file.contentHash)).toBeUndefined();
    expect(await demand.getReconciliation(importId)).toBeUndefined();
    expect(await demand.countCrimes({ importId })).toEqual([]);
    expect(await demand.listRejections(importId)).toEqual([]);
    expect((await demand.runImport(file, importSussex)).status).toBe('imported');
  });

  it('rolls back an import whose counts do not reconcile', async () => {
    const demand = repository();
    const file = crimeFile('sussex-unbalanced');
    const error = await demand
      .runImport(file, async (session) => {
        await session.insertCrimeRecords(sussexCrimes);
        return { rowsRead: sussexCrimes.length + 1 };
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('unbalanced');
    expect((error as ImportError).message).toContain('read 8 rows but stored 7 and rejected 0');
    expect(await demand.findImport(file.kind, file.contentHash)).toBeUndefined();
  });

  it('records rejections, and the reconciliation holds: read = imported + rejected', async () => {
    const demand = repository();
    const outcome = await demand.runImport(crimeFile('sussex-with-bad-lines'), async (session) => {
      await session.insertCrimeRecords(sussexCrimes.slice(0, 3));
      await session.recordRejections([
        { line: 9, column: 'Month', reason: "Month: expected YYYY-MM, got '2018-13'" },
        { line: 5, column: null, reason: 'expected 12 fields, got 9' },
        { line: 9, column: 'Crime type', reason: "Crime type: unknown 'Jaywalking'" },
      ]);
      return { rowsRead: 5 };
    });
    expect(outcome.summary).toMatchObject({ rowsRead: 5, rowsImported: 3, rowsRejected: 2 });
    const rejections = await demand.listRejections(outcome.summary.id);
    expect(rejections.map((rejection) => [rejection.line, rejection.column])).toEqual([
      [5, null],
      [9, 'Month'],
      [9, 'Crime type'],
    ]);
    expect(await demand.getReconciliation(outcome.summary.id)).toEqual({
      importId: outcome.summary.id,
      rowsRead: 5,
      rowsImported: 3,
      rowsRejected: 2,
      isBalanced: true,
    });
  });

  it('refuses a month that is not YYYY-MM through the check constraint, storing nothing', async () => {
    const demand = repository();
    const file = crimeFile('sussex-bad-month');
    const badMonth = { ...sussexCrimes[1]!, lineNumber: 2, month: '2018-13' };
    const error = await demand
      .runImport(file, async (session) => {
        await session.insertCrimeRecords([badMonth]);
        return { rowsRead: 1 };
      })
      .catch((caught: unknown) => caught);
    expect(errorText(error)).toContain('crime_records_month_format');
    expect(await demand.findImport(file.kind, file.contentHash)).toBeUndefined();
  });

  it('refuses records of the wrong kind for the import', async () => {
    const demand = repository();
    const work = (session: ImportSession) => session.insertCallsForService([sanDiegoCall(2, '2023-01-01T00:00:05Z')]).then(() => ({ rowsRead: 1 }));
    const error = await demand.runImport(crimeFile('calls-as-crime'), work).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('wrong-kind');
  });

  it('counts calls by hour of week in the requested time zone, as numbers', async () => {
    const demand = repository();
    const calls = [
      sanDiegoCall(2, '2023-01-02T08:30:00Z'), // Monday 08:30 UTC, Monday 00:30 in San Diego (UTC-8)
      sanDiegoCall(3, '2023-01-02T08:59:59Z'),
      sanDiegoCall(4, '2023-01-01T23:15:00Z', '1'), // Sunday 23:15 UTC, Sunday 15:15 in San Diego
    ];
    const outcome = await demand.runImport(
      { kind: 'calls-for-service', fileName: 'pd_calls_for_service_2023_datasd.csv', contentHash: sha256('sd-calls') },
      async (session) => {
        await session.insertCallsForService(calls);
        return { rowsRead: calls.length };
      },
    );
    const utc = await demand.countCallsByHourOfWeek({ timeZone: 'UTC', importId: outcome.summary.id });
    expect(utc).toHaveLength(168);
    expect(utc[8]).toBe(2);
    expect(utc[167]).toBe(1);
    expect(utc.reduce((sum, count) => sum + count, 0)).toBe(3);
    expect(utc.every((count) => typeof count === 'number')).toBe(true);
    const local = await demand.countCallsByHourOfWeek({ timeZone: 'America/Los_Angeles', importId: outcome.summary.id });
    expect(local[0]).toBe(2);
    expect(local[6 * 24 + 15]).toBe(1);
    await expect(demand.countCallsByHourOfWeek({ timeZone: 'Mars/Olympus' })).rejects.toThrow(RangeError);
  });

  it('stores awkward text, coordinates and times exactly', async () => {
    const demand = repository();
    const awkward = 'On or near "The Lanes", {Ship St} \\ NULL, café';
    const crime = { ...sussexCrimes[3]!, lineNumber: 2, location: awkward, context: 'NULL', longitude: -0.1234567890123, latitude: 50.987654321 };
    const call = { ...sanDiegoCall(2, '2023-01-01T00:00:05.123Z'), clearedAt: new Date('2023-01-01T01:02:03.456Z'), disposition: null };
    const crimes = await demand.runImport(crimeFile('awkward-crime'), async (session) => {
      await session.insertCrimeRecords([crime]);
      return { rowsRead: 1 };
    });
    const calls = await demand.runImport(
      { kind: 'calls-for-service', fileName: 'awkward-calls.csv', contentHash: sha256('awkward-calls') },
      async (session) => {
        await session.insertCallsForService([call]);
        return { rowsRead: 1 };
      },
    );
    const [storedCrime] = await queryRows<Record<string, unknown>>(
      database().db,
      sql`select location, context, longitude, latitude, has_location, lsoa_code from crime_records where import_id = ${crimes.summary.id}`,
    );
    expect(storedCrime).toEqual({ location: awkward, context: 'NULL', longitude: crime.longitude, latitude: crime.latitude, has_location: true, lsoa_code: 'E01031349' });
    const [storedCall] = await queryRows<Record<string, unknown>>(
      database().db,
      sql`select (extract(epoch from received_at) * 1000)::float8 as received, (extract(epoch from cleared_at) * 1000)::float8 as cleared,
        dispatched_at, disposition, grade from calls_for_service where import_id = ${calls.summary.id}`,
    );
    expect(storedCall).toEqual({ received: Date.parse('2023-01-01T00:00:05.123Z'), cleared: Date.parse('2023-01-01T01:02:03.456Z'), dispatched_at: null, disposition: null, grade: 3 });
  });
}
