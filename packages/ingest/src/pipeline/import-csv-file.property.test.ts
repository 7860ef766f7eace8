/**
 * Property (fuzz) tests of the pipeline with the data.police.uk format: files of good rows mixed
 * with malformed ones (bad quoting, wrong column count, non-numeric or half coordinates, invalid
 * months, unknown crime types, empty lines), with or without a BOM, LF or CRLF. Every bad row is
 * rejected on its own line (with its column where one is at fault), no good row is lost or
 * changed, nothing throws, and rows read = imported + rejected. Runs on the in-memory repository
 * (the same contract as @peel/db's); apps/cli/src/commands/import-police-uk.property.test.ts runs
 * the same generator against the real database.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createPoliceUkFormat } from '../police-uk/police-uk-format';
import { importCsvFile } from './import-csv-file';
import { createMemoryDemandRepository, HEADER, streetCrimeFile } from './testing';

const dir = mkdtempSync(path.join(tmpdir(), 'peel-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;
/** Writes `text` (UTF-8) to a fresh file. */
function write(text: string): string {
  const file = path.join(dir, `f${fileCount++}.csv`);
  writeFileSync(file, text);
  return file;
}
const format = createPoliceUkFormat();

describe('importCsvFile on malformed data.police.uk files (fast-check)', () => {
  it('rejects every bad row on its own line, stores every good row unchanged, never throws', async () => {
    await fc.assert(
      fc.asyncProperty(streetCrimeFile(), fc.integer({ min: 1, max: 16 }), async (generated, batchSize) => {
        const demand = createMemoryDemandRepository();
        const report = await importCsvFile({ file: write(generated.text), format, demand, batchSize, maxErrors: 1000 });
        const lineOf = (index: number) => index + 2;
        const good = generated.rows.flatMap((row, index) => (row.kind === 'good' ? [{ line: lineOf(index), expected: row.expected }] : []));
        const bad = generated.rows.flatMap((row, index) => (row.kind === 'good' ? [] : [{ line: lineOf(index), column: row.column, kind: row.kind }]));

        expect(report.status).toBe('imported');
        expect(report.rowsRead).toBe(generated.rows.length);
        expect(report.imported).toBe(good.length);
        expect(report.rejected).toBe(bad.length);
        const stored = demand.imports[0];
        expect(stored?.crimes.map((crime) => crime.lineNumber)).toEqual(good.map((row) => row.line));
        stored?.crimes.forEach((crime, index) => expect(crime).toMatchObject(good[index]?.expected ?? {}));
        expect([...new Set(stored?.rejections.map((rejection) => rejection.line))]).toEqual(bad.map((row) => row.line));
        for (const row of bad) {
          const reasons = report.errors.filter((error) => error.line === row.line);
          expect(reasons.length, `line ${row.line} (${row.kind})`).toBeGreaterThan(0);
          if (row.column !== undefined) expect(reasons.map((error) => error.column), `line ${row.line} (${row.kind})`).toContain(row.column);
          if (row.kind === 'bad-quoting') expect(reasons[0]?.reason).toMatch(/^bad quoting: /);
        }
      }),
      { numRuns: 300, seed: 20240401 },
    );
  });

  it('fails an empty file (or one holding only a byte-order mark) at line 1, storing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('', '\uFEFF'), async (text) => {
        const demand = createMemoryDemandRepository();
        const report = await importCsvFile({ file: write(text), format, demand });
        expect(report).toMatchObject({ status: 'failed', rowsRead: 0, errors: [{ line: 1, column: null, reason: 'the file is empty: expected a header line' }] });
        expect(demand.imports).toEqual([]);
      }),
      { seed: 1 },
    );
  });

  it('imports a header-only file as zero rows, whatever its BOM and line break', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.constantFrom('', '\n', '\r\n'), async (hasBom, ending) => {
        const demand = createMemoryDemandRepository();
        const report = await importCsvFile({ file: write(`${hasBom ? '\uFEFF' : ''}${HEADER.join(',')}${ending}`), format, demand });
        expect(report).toMatchObject({ status: 'imported', rowsRead: 0, imported: 0, rejected: 0 });
        expect(demand.imports[0]?.summary.rowsRead).toBe(0);
      }),
      { seed: 2 },
    );
  });
});
