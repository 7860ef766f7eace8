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
const dir = mkdtempSync(path.join(tmpdir(), 'peel-boundaries-'));

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

/** Writes a FeatureCollection of 0.01° squares with LSOA11CD/LSOA11NM properties. */
function lsoaFile(name: string, squares: [code: string, lon: number][], extra: object[] = []): string {
  const features = squares.map(([code, lon]) => ({
    type: 'Feature',
    properties: { LSOA11CD: code, LSOA11NM: `Name ${code}` },
    geometry: { type: 'Polygon', coordinates: [[[lon, 51], [lon + 0.01, 51], [lon + 0.01, 51.01], [lon, 51.01], [lon, 51]]] },
  }));
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [...features, ...extra] }));
  return file;
}

describe('peel import boundaries', () => {
  // Each `peel` run opens the database (PGlite: a few seconds), so the steps are separate tests.
  const district = path.join(dir, 'E07000111.json');
  const national = path.join(dir, 'england.json');

  it('stores a file, taking the district from its LAD file name and the vintage from its code property', () => {
    lsoaFile('E07000111.json', [['E01000001', 0], ['E01000002', 0.01]]);
    const first = runPeel(['import', 'boundaries', district, '--level', 'lsoa', '--json'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      files: [{ file: district, status: 'imported', level: 'lsoa', district: 'E07000111', vintage: '2011', features: 2, imported: 2, skipped: [] }],
      imported: 2,
      skipped: 0,
      alreadyImported: 0,
    });
  });

  it('skips a file imported before, keeps codes stored from another file, and refuses a bad file whole', () => {
    lsoaFile('england.json', [['E01000002', 0.01], ['E01000003', 0.02]]);
    const broken = lsoaFile('broken.json', [['E01000004', 0.03]], [{ type: 'Feature', properties: { LSOA11CD: 'E01000005', LSOA11NM: 'x' }, geometry: { type: 'Point', coordinates: [0, 51] } }]);
    const second = runPeel(['import', 'boundaries', district, national, broken, '--level', 'lsoa'], env);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain(`${district}: already imported, nothing added`);
    expect(second.stdout).toContain(`${national}: 1 of 2 lsoa boundaries stored (vintage 2011)`);
    expect(second.stdout).toContain('  E01000002: already stored from E07000111.json; kept that one');
    expect(second.stderr).toMatch(/broken\.json: feature 1 \(E01000005\): bad geometry: .*\(nothing of this file was stored\)/);
  });

  it('adds nothing when run again', () => {
    const third = runPeel(['import', 'boundaries', national, '--level', 'lsoa', '--json'], env);
    expect(JSON.parse(third.stdout)).toMatchObject({ imported: 0, alreadyImported: 1 });
  });

  it('names the option when --level is missing or wrong', () => {
    const result = runPeel(['import', 'boundaries', 'x.json', '--level', 'county'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('peel: --level must be lsoa or ward, got "county"');
  });
});
