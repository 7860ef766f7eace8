import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@peel/config';
import { createScratchDatabase, type ScratchDatabase } from '@peel/db/testing';
import { runPeel } from '../run-peel';

// Runs on the configured backend: a scratch PostgreSQL database with DATABASE_URL, else a fresh PGlite directory.
const config = getConfig();
let scratch: ScratchDatabase | undefined;
let env: Record<string, string>;
const dir = mkdtempSync(path.join(tmpdir(), 'peel-calls-cli-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

beforeAll(async () => {
  if (config.database.kind === 'postgres') {
    scratch = await createScratchDatabase(config.database.url);
    env = { DATABASE_URL: scratch.url };
  } else {
    env = { PEEL_DATA_DIR: path.join(dir, 'db') };
  }
});
afterAll(async () => {
  await scratch?.drop();
});

/** A FeatureCollection of one 0.01° square at (0, 51) with the given code/name properties. */
const square = (codeKey: string, nameKey: string, code: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { [codeKey]: code, [nameKey]: code }, geometry: { type: 'Polygon', coordinates: [[[0, 51], [0.01, 51], [0.01, 51.01], [0, 51.01], [0, 51]]] } }],
  });

const MAPPING = `timeZone: Europe/London
timestampFormat: DD/MM/YYYY HH:mm
columns: { id: Ref, receivedAt: Created, type: Type, priority: Grade, latitude: Lat, longitude: Lon }
grades: { E: 1, P: 2 }
`;

describe('peel import calls', () => {
  // Each `peel` run opens the database (PGlite: a few seconds), so the steps are separate tests.
  const csv = path.join(dir, 'calls.csv');

  it('stores the boundaries the calls are placed in', () => {
    expect(runPeel(['import', 'boundaries', write('E07000111.json', square('LSOA11CD', 'LSOA11NM', 'E01000001')), '--level', 'lsoa'], env).code).toBe(0);
    expect(runPeel(['import', 'boundaries', write('wards.json', square('WD13CD', 'WD13NM', 'E05000001')), '--level', 'ward'], env).code).toBe(0);
  });

  it('places calls with coordinates in the stored boundaries and reports every rejected row', () => {
    write('calls.csv', 'Ref,Created,Type,Grade,Lat,Lon\nC1,01/01/2024 09:00,ASB,E,51.005,0.005\nC2,01/01/2024 09:30,ASB,P,52,1\nC3,01/01/2024 25:00,ASB,E,51.005,0.005\n');
    const run = runPeel(['import', 'calls', csv, '--mapping', write('uk.yaml', MAPPING), '--json'], env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${csv}: 3 rows read, 2 imported, 1 rejected`); // progress goes to stderr, stdout stays JSON
    expect(JSON.parse(run.stdout)).toEqual({
      files: 1,
      rowsRead: 3,
      imported: 2,
      rejected: 1,
      duplicatesSkipped: 0,
      byCategory: { ASB: 2 },
      matchedByCode: 0,
      matchedByGeometry: 1,
      unmatched: 1,
      errors: [{ file: csv, line: 4, column: 'Created', reason: "Created: hour 25 is not 0–23 in '01/01/2024 25:00'" }],
      errorsOmitted: 0,
      byGrade: { '1': 1, '2': 1 },
      byPriority: { E: 1, P: 1 },
      timeZone: 'Europe/London',
      notes: ['local times read in Europe/London; byCategory counts call types', 'by grade: 1 1, 2 1', 'by priority: E 1, P 1', 'placed with 1 LSOA and 1 ward polygons from the boundaries stored by `peel import boundaries`'],
    });
  });

  it('imports the file once: a second run reads nothing', () => {
    const text = runPeel(['import', 'calls', csv, '--mapping', path.join(dir, 'uk.yaml')], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('1 file(s): 0 rows read, 0 imported, 0 rejected; 3 rows skipped as already imported');
  });

  it('names the mapping field and line when the mapping is wrong, and the option when it is missing', () => {
    const csv = write('other.csv', 'Ref\n');
    const bad = runPeel(['import', 'calls', csv, '--mapping', write('bad.yaml', MAPPING.replace('priority: Grade', 'priority: ""'))], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.yaml: columns.priority (line 3): expected a column name (a header of the CSV)');
    const missing = runPeel(['import', 'calls', csv], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('peel: --mapping <file> is required');
  });
});
