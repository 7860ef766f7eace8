import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BoundarySource, ONS_LSOAS_2011, ONS_WARDS_2013, resolveBoundaryPath } from '@peel/ingest';
import { runPeel } from '../run-peel';

// Tests that need the real boundary files are in geography.real.test.ts.

/** Writes a one-square boundary file (0.01°, near Sevenoaks) of a district into a data directory. */
function writeSquare(dataDir: string, source: BoundarySource, district: string, code: string): void {
  const file = resolveBoundaryPath(dataDir, source, district);
  mkdirSync(path.dirname(file), { recursive: true });
  const ring = [[0.2, 51.3], [0.21, 51.3], [0.21, 51.31], [0.2, 51.31], [0.2, 51.3]];
  const feature = { type: 'Feature', properties: { [source.codeProperty]: code, [source.nameProperty]: code }, geometry: { type: 'Polygon', coordinates: [ring] } };
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
}

/** A temporary data directory with a tiny synthetic E07000111 (one ward, one LSOA) and no other district. */
const syntheticDataDir = mkdtempSync(path.join(tmpdir(), 'peel-geography-'));
writeSquare(syntheticDataDir, ONS_WARDS_2013, 'E07000111', 'E05000001');
writeSquare(syntheticDataDir, ONS_LSOAS_2011, 'E07000111', 'E01000001');

describe('peel geography districts', () => {
  it('exits 1 naming the missing data directory and PEEL_SHARED_DATA', () => {
    const result = runPeel(['geography', 'districts'], { PEEL_SHARED_DATA: '/no/such/peel-data' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('the shared data directory /no/such/peel-data does not exist; set PEEL_SHARED_DATA');
  });
});

describe('peel geography scaffold', () => {
  it.each([
    [['--area-id', 'x', '--area-name', 'X'], 'give at least one --district'],
    [['--district', 'E07009999', '--area-id', 'x', '--area-name', 'X'], 'wards_by_lad/E07009999.json: file not found'],
    [['--district', 'E07000111', '--area-id', 'x', '--area-name', 'X', '--split', 'north:2'], 'split "north:2" is not one of'],
    [['--district', 'E07000111', '--area-id', 'x', '--area-name', 'X', '--split', 'latitude:3', '--split-names', 'a,b'], 'the split makes 3 areas but 2 split names'],
    [['--district', 'E07000111', '--area-id', 'x', '--area-name', 'X', '--split-names', 'a,b'], '--split-names needs --split'],
    [['--district', 'E07000111', '--area-id', 'Not An Id', '--area-name', 'X'], 'area id "Not An Id" must be lower-case'],
  ])('exits 1 with a clear message for %j', (args, message) => {
    const result = runPeel(['geography', 'scaffold', ...args], { PEEL_SHARED_DATA: syntheticDataDir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('exits 1 naming the missing data directory', () => {
    const result = runPeel(['geography', 'scaffold', '--district', 'E07000111', '--area-id', 'x', '--area-name', 'X'], { PEEL_SHARED_DATA: '/no/such/peel-data' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('/no/such/peel-data does not exist; set PEEL_SHARED_DATA');
  });
});
