import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPoliceUkFormat } from '../police-uk/police-uk-format';
import { STREET_CRIME_COLUMNS } from '../police-uk/street-crime-columns';
import { importCsvFile } from './import-csv-file';
import type { ImportProgress } from './import-report';
import { createMemoryDemandRepository } from './testing/memory-demand-repository';

const dir = mkdtempSync(path.join(tmpdir(), 'peel-pipeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Writes `text` to a new file in the test directory. */
function file(name: string, text: string): string {
  const target = path.join(dir, name);
  writeFileSync(target, text);
  return target;
}

const HEADER = STREET_CRIME_COLUMNS.join(',');
/** A valid data row of month `month` (2018-11-sussex-street.csv line 4, its month varied). */
const row = (month = '2018-11') =>
  `9e3c48b57dc59c62621954e42022db234e8e5c5f7d4d2157003b6dd71aafca3b,${month},Sussex Police,Sussex Police,-0.227663,50.836040,On or near Orchard Close,E01031349,Adur 001A,Other theft,Unable to prosecute suspect,`;
const format = createPoliceUkFormat();

describe('importCsvFile', () => {
  it('stores every good row with its physical line and rejects the bad ones with line and column', async () => {
    const demand = createMemoryDemandRepository();
    const csv = file('mixed.csv', [HEADER, row(), row('2018-13'), '', row().replace('Other theft', 'Jaywalking'), 'a,b', `${row()},extra`, row()].join('\r\n') + '\r\n');
    const report = await importCsvFile({ file: csv, format, demand });
    expect(report).toMatchObject({ status: 'imported', rowsRead: 7, imported: 2, rejected: 5, duplicatesSkipped: 0, byCategory: { 'other-theft': 2 }, unmatched: 2 });
    expect(report.errors.map(({ line, column }) => [line, column])).toEqual([
      [3, 'Month'],
      [4, null],
      [5, 'Crime type'],
      [6, null],
      [7, null],
    ]);
    expect(report.errors[3]?.reason).toBe('expected 12 fields (as in the header), got 2');
    const [stored] = demand.imports;
    expect(stored?.crimes.map((crime) => crime.lineNumber)).toEqual([2, 8]);
    expect(stored?.rejections.map((rejection) => rejection.line)).toEqual([3, 4, 5, 6, 7]);
    expect(stored?.summary).toMatchObject({ rowsRead: 7, rowsImported: 2, rowsRejected: 5 });
  });

  it('names the column of a quoting error from the header', async () => {
    const demand = createMemoryDemandRepository();
    const csv = file('quotes.csv', `${HEADER}\n${row().replace('Adur 001A', 'Adur "001A')}\n`);
    const report = await importCsvFile({ file: csv, format, demand });
    expect(report.errors).toEqual([{ file: csv, line: 2, column: 'LSOA name', reason: 'bad quoting: a quote inside an unquoted field' }]);
  });

  it('imports a file once: the second time it reads nothing and counts the stored rows as duplicates', async () => {
    const demand = createMemoryDemandRepository();
    const csv = file('twice.csv', `${HEADER}\n${row()}\n${row('2018-00')}\n`);
    const first = await importCsvFile({ file: csv, format, demand });
    const copy = file('twice-copy.csv', `${HEADER}\n${row()}\n${row('2018-00')}\n`);
    const second = await importCsvFile({ file: copy, format, demand });
    expect(first).toMatchObject({ status: 'imported', rowsRead: 2, imported: 1, rejected: 1 });
    expect(second).toMatchObject({ status: 'already-imported', importId: first.importId, rowsRead: 0, imported: 0, rejected: 0, duplicatesSkipped: 2, errors: [] });
    expect(demand.imports).toHaveLength(1);
  });

  it('imports a header-only file as zero rows, and fails an empty file or a wrong header without storing anything', async () => {
    const demand = createMemoryDemandRepository();
    expect(await importCsvFile({ file: file('header-only.csv', `\uFEFF${HEADER}\r\n`), format, demand })).toMatchObject({ status: 'imported', rowsRead: 0, imported: 0 });
    const empty = await importCsvFile({ file: file('empty.csv', ''), format, demand });
    expect(empty).toMatchObject({ status: 'failed', importId: null, rowsRead: 0, errors: [{ line: 1, column: null, reason: 'the file is empty: expected a header line' }] });
    const wrong = await importCsvFile({ file: file('wrong.csv', `${HEADER.replace('Longitude', 'Lng')}\n${row()}\n`), format, demand });
    expect(wrong.status).toBe('failed');
    expect(wrong.errors[0]?.reason).toContain("column 5 is 'Lng', expected 'Longitude'");
    const blank = await importCsvFile({ file: file('blank-first.csv', `\n${HEADER}\n`), format, demand });
    expect(blank.errors[0]).toMatchObject({ line: 1, reason: 'line 1 should be the header but is not valid CSV (empty line)' });
    expect(demand.imports).toHaveLength(1);
  });

  it('reports a missing file as failed, with no line', async () => {
    const report = await importCsvFile({ file: path.join(dir, 'nope.csv'), format, demand: createMemoryDemandRepository() });
    expect(report).toMatchObject({ status: 'failed', contentHash: null, errors: [{ line: null, column: null, reason: 'cannot read the file: no such file' }] });
  });

  it('writes in batches, in order, reporting progress after each, and caps the listed errors', async () => {
    const demand = createMemoryDemandRepository();
    const lines = [HEADER];
    for (let index = 0; index < 100; index++) lines.push(index % 10 === 9 ? row('bad') : row());
    const csv = file('batches.csv', `${lines.join('\n')}\n`);
    const events: ImportProgress[] = [];
    const report = await importCsvFile({ file: csv, format, demand, batchSize: 7, maxErrors: 4, onProgress: (event) => events.push(event) });
    expect(report).toMatchObject({ rowsRead: 100, imported: 90, rejected: 10, errorsOmitted: 6 });
    expect(report.errors.map((error) => error.line)).toEqual([11, 21, 31, 41]);
    expect(demand.imports[0]?.rejections).toHaveLength(10);
    expect(demand.imports[0]?.crimes.map((crime) => crime.lineNumber)).toEqual(lines.flatMap((_, index) => (index >= 1 && index % 10 !== 0 ? [index + 1] : [])));
    expect(events[0]).toEqual({ type: 'file-start', file: csv, bytesTotal: report.bytes });
    expect(events.at(-1)).toMatchObject({ type: 'file-end', report });
    const rows = events.filter((event) => event.type === 'rows');
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.at(-1)).toMatchObject({ rowsRead: 100, imported: 90, rejected: 10, bytesRead: report.bytes });
  });

  it('rolls the whole file back when a write fails, and throws', async () => {
    const demand = createMemoryDemandRepository();
    const csv = file('failing.csv', `${HEADER}\n${row()}\n${row()}\n${row()}\n`);
    const failing = { ...format, write: () => Promise.reject(new Error('disk full')) };
    await expect(importCsvFile({ file: csv, format: failing, demand })).rejects.toThrow('disk full');
    expect(demand.imports).toEqual([]);
  });

  it('refuses a batch size or error cap that is not a count', async () => {
    const demand = createMemoryDemandRepository();
    await expect(importCsvFile({ file: 'x', format, demand, batchSize: 0 })).rejects.toThrow(RangeError);
    await expect(importCsvFile({ file: 'x', format, demand, maxErrors: -1 })).rejects.toThrow(RangeError);
  });
});
