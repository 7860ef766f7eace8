/**
 * Acceptance on the real data (SOURCES.md §1: 25 data.police.uk street-crime files, 236,867 rows):
 * the files' data lines and per-category counts are counted here independently — a plain
 * line-by-line split, not the importer's parser — and `peel import police-uk --json` must agree;
 * importing the same files again adds nothing and counts every row as a duplicate.
 * On PostgreSQL all 25 files are imported; on PGlite (one WASM thread) a representative subset —
 * one file of each force and data set, 2018 and 2024 — keeps the suite fast on CI.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig } from '@peel/config';
import { CRIME_TYPES } from '@peel/ingest/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../run-peel';
import { type CliDatabase, createCliDatabase } from './import-police-uk.fixtures';

const BIN = fileURLToPath(new URL('../../bin/peel.js', import.meta.url));
const { sharedDataDir, database: configured } = getConfig();
const SETS = ['Leonard-Theodorus__UK-Q1-2024-Crime-Data-Analysis', 'mgsf08m002__GEOINFORMATION-IN-SOCIETY'];
/** Every `<yyyy-mm>-<force>-street.csv` of the two data sets, sorted. */
const ALL_FILES = SETS.flatMap((set) =>
  readdirSync(path.join(sharedDataDir, set), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{4}-\d{2}$/.test(entry.name))
    .flatMap((month) => readdirSync(path.join(sharedDataDir, set, month.name)).filter((name) => name.endsWith('-street.csv')).map((name) => path.join(sharedDataDir, set, month.name, name))),
).sort();
const SUBSET = ALL_FILES.filter((file) => /2024-01-[a-z-]+-street\.csv$/.test(file) || file.endsWith('2018-10-sussex-street.csv'));
const files = configured.kind === 'postgres' ? ALL_FILES : SUBSET;

/** Splits one CSV line on commas outside double quotes (RFC 4180 quoting; the files never break a field across lines). */
function splitLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '"') {
      if (isQuoted && line[index + 1] === '"') {
        field += '"';
        index++;
      } else isQuoted = !isQuoted;
    } else if (char === ',' && !isQuoted) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** Data lines and rows per category slug, counted without the importer. */
function countIndependently(paths: readonly string[]): { lines: number; byCategory: Record<string, number> } {
  let lines = 0;
  const byCategory: Record<string, number> = {};
  for (const file of paths) {
    const [, ...rows] = readFileSync(file, 'utf8').split('\n');
    for (const row of rows) {
      if (row === '') continue;
      lines++;
      const fields = splitLine(row.replace(/\r$/, ''));
      const category = CRIME_TYPES[fields[9] ?? ''];
      if (fields.length !== 12 || category === undefined) throw new Error(`${file}: unexpected line ${row}`);
      byCategory[category] = (byCategory[category] ?? 0) + 1;
    }
  }
  return { lines, byCategory };
}

/** Runs `peel import police-uk <files> --json` and parses its summary. */
function importFiles(env: Record<string, string>) {
  // eslint-disable-next-line no-restricted-properties -- the child parses its own environment
  const result = spawnSync(process.execPath, [BIN, 'import', 'police-uk', ...files, '--json'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { rowsRead: number; imported: number; rejected: number; duplicatesSkipped: number; byCategory: Record<string, number>; unmatched: number; errors: unknown[] };
}

let database: CliDatabase;
beforeAll(async () => {
  database = await createCliDatabase('peel-police-uk-real-');
});
afterAll(() => database.drop());

it('finds the 25 street-crime files and their 236,867 data lines (SOURCES.md §1)', () => {
  expect(ALL_FILES).toHaveLength(25);
  expect(countIndependently(ALL_FILES).lines).toBe(236_867);
});

it(`imports ${configured.kind === 'postgres' ? 'all 25 files' : 'one file of each force and data set'}: rows read = data lines, imported + rejected = rows read, categories as counted, then nothing twice`, () => {
  const expected = countIndependently(files);
  const first = importFiles(database.env);
  expect(first.rowsRead).toBe(expected.lines);
  expect(first.imported + first.rejected).toBe(first.rowsRead);
  expect(first).toMatchObject({ rejected: 0, errors: [], duplicatesSkipped: 0, unmatched: expected.lines });
  expect(first.byCategory).toEqual(Object.fromEntries(Object.entries(expected.byCategory).sort(([a], [b]) => a.localeCompare(b))));

  const again = importFiles(database.env);
  expect(again).toMatchObject({ rowsRead: 0, imported: 0, rejected: 0, duplicatesSkipped: expected.lines, byCategory: {} });
}, 300_000);
