/**
 * The pipeline's fuzz property (packages/ingest/src/pipeline/import-csv-file.property.test.ts)
 * against the real database on the configured backend: malformed data.police.uk files (bad
 * quoting, wrong column count, non-numeric or half coordinates, invalid months, unknown crime
 * types, empty lines, BOM, CRLF) go through importPoliceUkFiles into PGlite or PostgreSQL; every
 * bad row is stored as a rejection on its own line, every good row as a record with exactly the
 * generated values (compared byte for byte), and the stored counts reconcile.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getConfig } from '@peel/config';
import { createDemandRepository, type DatabaseHandle, queryRows } from '@peel/db';
import { createTestDatabase } from '@peel/db/testing';
import { importPoliceUkFiles } from '@peel/ingest';
import { type ExpectedCrime, streetCrimeFile } from '@peel/ingest/testing';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase(getConfig().database);
});
afterAll(() => handle.close());

const dir = mkdtempSync(path.join(tmpdir(), 'peel-police-uk-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TEXT_COLUMNS = ['crime_id', 'month', 'reported_by', 'falls_within', 'location', 'lsoa_code', 'lsoa_name', 'crime_type', 'category', 'last_outcome', 'context'] as const;
const hex = (value: string | null) => (value === null ? null : Buffer.from(value).toString('hex'));

/** The stored form of an expected record: text as UTF-8 hex (PGlite's decoder drops a leading BOM on the way out). */
function stored(expected: ExpectedCrime) {
  const { crimeId, month, reportedBy, fallsWithin, location, lsoaCode, lsoaName, crimeType, category, lastOutcome, context, longitude, latitude } = expected;
  const texts = [crimeId, month, reportedBy, fallsWithin, location, lsoaCode, lsoaName, crimeType, category, lastOutcome, context];
  // A coordinate of -0 is stored as 0 (the same point).
  const coordinate = (value: number | null) => (value === null ? null : value + 0);
  return { ...Object.fromEntries(TEXT_COLUMNS.map((column, index) => [column, hex(texts[index] ?? null)])), longitude: coordinate(longitude), latitude: coordinate(latitude), has_location: longitude !== null };
}

it('stores every good row exactly and every bad row as a rejection on its line, on the configured database', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(streetCrimeFile({ maxRows: 30 }), async (generated) => {
      // A last row unique to the run, so no two runs' files have the same content (they would be skipped as duplicates).
      run++;
      const uniqueId = run.toString(16).padStart(64, '0');
      const text = generated.text.endsWith('\n') ? generated.text : `${generated.text}${generated.lineBreak}`;
      const body = `${text}${uniqueId},2024-01,Sussex Police,Sussex Police,,,No Location,,,Drugs,,`;
      const file = path.join(dir, `run-${run}.csv`);
      writeFileSync(file, body);
      const good = generated.rows.flatMap((row, index) => (row.kind === 'good' ? [{ line: index + 2, expected: stored(row.expected) }] : []));
      good.push({
        line: generated.rows.length + 2,
        expected: stored({ crimeId: uniqueId, month: '2024-01', reportedBy: 'Sussex Police', fallsWithin: 'Sussex Police', longitude: null, latitude: null, location: 'No Location', lsoaCode: null, lsoaName: null, crimeType: 'Drugs', category: 'drugs', lastOutcome: null, context: null }),
      });
      const bad = generated.rows.flatMap((row, index) => (row.kind === 'good' ? [] : [{ line: index + 2, column: row.column }]));

      const demand = createDemandRepository(handle.db);
      const { summary, reports } = await importPoliceUkFiles({ files: [file], demand });
      const importId = reports[0]?.importId as number;
      expect(summary).toMatchObject({ rowsRead: good.length + bad.length, imported: good.length, rejected: bad.length });

      const rows = await queryRows<Record<string, unknown>>(
        handle.db,
        sql.raw(
          `select line_number, ${TEXT_COLUMNS.map((column) => `encode(convert_to(${column}, 'UTF8'), 'hex') as ${column}`).join(', ')}, longitude, latitude, has_location
           from crime_records where import_id = ${importId} order by line_number`,
        ),
      );
      expect(rows.map((row) => row.line_number)).toEqual(good.map((row) => row.line));
      rows.forEach((row, index) => expect(row).toMatchObject(good[index]?.expected ?? {}));

      const rejections = await demand.listRejections(importId);
      expect([...new Set(rejections.map((rejection) => rejection.line))]).toEqual(bad.map((row) => row.line));
      for (const row of bad) {
        if (row.column !== undefined) expect(rejections.filter((rejection) => rejection.line === row.line).map((rejection) => rejection.column)).toContain(row.column);
      }
      expect(await demand.getReconciliation(importId)).toMatchObject({ rowsRead: good.length + bad.length, rowsImported: good.length, rowsRejected: bad.length, isBalanced: true });
    }),
    { numRuns: 40, seed: 20240402 },
  );
}, 120_000);
