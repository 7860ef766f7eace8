import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPeel } from '../run-peel';
import { type CliDatabase, createCliDatabase, HEADER_LINE, SUSSEX_NO_LOCATION_ROW, WILTSHIRE_ROW } from './import-police-uk.fixtures';

// The real `peel` binary on the configured backend (a scratch PostgreSQL database with DATABASE_URL, else PGlite on disk).
let database: CliDatabase;
beforeAll(async () => {
  database = await createCliDatabase('peel-import-police-uk-');
});
afterAll(() => database.drop());

/** Writes a CSV into the test directory. */
function csv(name: string, lines: string[]): string {
  const file = path.join(database.dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('peel import police-uk', () => {
  it('imports good rows, reports each bad one with file, line, column and reason, and prints the JSON summary', () => {
    const file = csv('2024-02-mixed-street.csv', [HEADER_LINE, WILTSHIRE_ROW, SUSSEX_NO_LOCATION_ROW, WILTSHIRE_ROW.replace('2024-02', '2024-13'), 'a,b,c', WILTSHIRE_ROW.replace('-1.710797', 'west')]);
    const result = runPeel(['import', 'police-uk', file, '--json'], database.env);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(Object.keys(summary)).toEqual(['files', 'rowsRead', 'imported', 'rejected', 'duplicatesSkipped', 'byCategory', 'matchedByCode', 'matchedByGeometry', 'unmatched', 'errors', 'errorsOmitted', 'notes']);
    expect(summary).toMatchObject({
      files: 1,
      rowsRead: 5,
      imported: 2,
      rejected: 3,
      duplicatesSkipped: 0,
      byCategory: { 'anti-social-behaviour': 1, 'violent-crime': 1 },
      matchedByCode: 0,
      matchedByGeometry: 0,
      unmatched: 2,
      errorsOmitted: 0,
    });
    expect(summary.errors).toEqual([
      { file, line: 4, column: 'Month', reason: "expected YYYY-MM (month 01–12), got '2024-13'" },
      { file, line: 5, column: null, reason: 'expected 12 fields (as in the header), got 3' },
      { file, line: 6, column: 'Longitude', reason: "expected a number, got 'west'" },
    ]);
    // Progress goes to stderr as plain lines (not a terminal), so stdout stays JSON.
    expect(result.stderr).toContain(`${file}: 5 rows read, 2 imported, 3 rejected in`);
  });

  it('adds nothing when the same content is imported again, counting its rows as duplicates', () => {
    const rows = [HEADER_LINE, WILTSHIRE_ROW, SUSSEX_NO_LOCATION_ROW, 'x'];
    const first = csv('2024-02-a-street.csv', rows);
    const again = csv('2024-02-a-copy-street.csv', rows);
    expect(JSON.parse(runPeel(['import', 'police-uk', first, '--json'], database.env).stdout)).toMatchObject({ rowsRead: 3, imported: 2, rejected: 1 });
    const result = runPeel(['import', 'police-uk', first, again, '--json'], database.env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ files: 2, rowsRead: 0, imported: 0, rejected: 0, duplicatesSkipped: 6, byCategory: {}, errors: [] });
    expect(result.stderr).toContain(`${again}: already imported (3 rows), skipped`);
  });

  it('imports the good files and exits 1 naming a missing file, an empty file and a wrong header', () => {
    const good = csv('2024-03-good-street.csv', [HEADER_LINE, SUSSEX_NO_LOCATION_ROW.replace('2024-03', '2024-04')]);
    const empty = path.join(database.dir, 'empty.csv');
    writeFileSync(empty, '');
    const wrong = csv('wrong.csv', [HEADER_LINE.replace('Crime type', 'Offence'), WILTSHIRE_ROW]);
    const missing = path.join(database.dir, 'missing.csv');
    const result = runPeel(['import', 'police-uk', missing, good, empty, wrong, '--json'], database.env);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ files: 4, rowsRead: 1, imported: 1, rejected: 0 });
    expect(summary.errors).toEqual([
      { file: missing, line: null, column: null, reason: 'cannot read the file: no such file' },
      { file: empty, line: 1, column: null, reason: 'the file is empty: expected a header line' },
      { file: wrong, line: 1, column: null, reason: expect.stringContaining("column 10 is 'Offence', expected 'Crime type'") },
    ]);
    expect(result.stderr).toContain(`peel: 3 of 4 file(s) not imported: ${missing}, ${empty}, ${wrong}`);
  });

  it('lists the first 50 errors and counts the rest, in text form', () => {
    const bad = Array.from({ length: 60 }, (_, index) => WILTSHIRE_ROW.replace('2024-02', `2024-${20 + (index % 70)}`));
    const file = csv('2024-05-bad-street.csv', [HEADER_LINE, ...bad, WILTSHIRE_ROW.replace('2024-02', '2024-05')]);
    const result = runPeel(['import', 'police-uk', file], database.env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 file(s): 61 rows read, 1 imported, 60 rejected; 0 rows skipped as already imported');
    expect(result.stdout).toContain('errors (first 50 of 60):');
    expect(result.stdout).toContain(`  ${file}:2 Month: expected YYYY-MM (month 01–12), got '2024-20'`);
    expect(result.stdout).toContain(`  ${file}:51 Month:`);
    expect(result.stdout).not.toContain(`  ${file}:52 Month:`);
  });

  it('refuses an invalid --model before importing anything', () => {
    const model = path.join(database.dir, 'bad-model.yaml');
    writeFileSync(model, 'id: x\n');
    const file = csv('2024-06-street.csv', [HEADER_LINE, WILTSHIRE_ROW.replace('2024-02', '2024-06')]);
    const result = runPeel(['import', 'police-uk', file, '--model', model], database.env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^peel: --model ${model.replaceAll('.', '\\.')}: not a valid policing model`));
    expect(result.stdout).toBe('');
  });
});
