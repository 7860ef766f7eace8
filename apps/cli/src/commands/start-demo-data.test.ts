/** The synthetic demo force's generated files: deterministic, inside their wards, in the real files' format. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModel, type PolicingModel } from '@peel/model';
import { STREET_CRIME_COLUMNS } from '@peel/ingest';
import { writeDemoForceFiles } from './start-demo-data';
import { MODELS_DIR } from './start-force-data';

const loaded = loadModel(readFileSync(path.join(MODELS_DIR, 'synthetic.yaml'), 'utf8'));
if (!loaded.valid) throw new Error('models/synthetic.yaml does not load');
const model: PolicingModel = loaded.model;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'peel-demo-force-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Collection {
  features: { properties: Record<string, string>; geometry: { coordinates: number[][][] } }[];
}
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Collection;
const box = (ring: number[][]) => ({ west: Math.min(...ring.map((p) => p[0]!)), east: Math.max(...ring.map((p) => p[0]!)), south: Math.min(...ring.map((p) => p[1]!)), north: Math.max(...ring.map((p) => p[1]!)) });

describe('writeDemoForceFiles', () => {
  it('writes the same bytes for the same seed (so imports skip them), and keeps an unchanged file untouched', () => {
    const a = writeDemoForceFiles({ model, directory: tempDir(), seed: 1, crimesPerMonth: 200 });
    const b = writeDemoForceFiles({ model, directory: tempDir(), seed: 1, crimesPerMonth: 200 });
    const c = writeDemoForceFiles({ model, directory: tempDir(), seed: 2, crimesPerMonth: 200 });
    const all = (files: typeof a) => [...files.wardFiles, ...files.lsoaFiles, ...files.crimeFiles];
    expect(all(a).map((file) => readFileSync(file, 'utf8'))).toEqual(all(b).map((file) => readFileSync(file, 'utf8')));
    expect(readFileSync(c.crimeFiles[0]!, 'utf8')).not.toBe(readFileSync(a.crimeFiles[0]!, 'utf8'));
    const before = statSync(a.crimeFiles[0]!).mtimeMs;
    writeDemoForceFiles({ model, directory: path.dirname(path.dirname(a.crimeFiles[0]!)), seed: 1, crimesPerMonth: 200 });
    expect(statSync(a.crimeFiles[0]!).mtimeMs).toBe(before);
  });

  it('gives every ward of the model a polygon and four LSOAs inside it, per district', () => {
    const files = writeDemoForceFiles({ model, directory: tempDir(), seed: 1, crimesPerMonth: 10 });
    expect(files.wardFiles.map((file) => path.basename(file))).toEqual(['E07999901.json', 'E07999902.json']);
    const wards = files.wardFiles.flatMap((file) => read(file).features);
    expect(wards.map((ward) => ward.properties.WD13CD).sort()).toEqual(model.geography.areas.flatMap((area) => area.wards.map((ward) => ward.code)).sort());
    const lsoas = files.lsoaFiles.flatMap((file) => read(file).features);
    expect(lsoas).toHaveLength(4 * wards.length);
    for (const lsoa of lsoas) {
      expect(lsoa.properties.LSOA11CD).toMatch(/^E01\d{6}$/);
      const ward = wards.find((candidate) => lsoa.properties.LSOA11CD!.slice(3, 8) === candidate.properties.WD13CD!.slice(-5))!;
      const inner = box(lsoa.geometry.coordinates[0]!);
      const outer = box(ward.geometry.coordinates[0]!);
      expect(inner.west).toBeGreaterThanOrEqual(outer.west);
      expect(inner.east).toBeLessThanOrEqual(outer.east);
      expect(inner.south).toBeGreaterThanOrEqual(outer.south);
      expect(inner.north).toBeLessThanOrEqual(outer.north);
    }
  });

  it('writes data.police.uk street-crime files whose points lie in the LSOA they name', () => {
    const files = writeDemoForceFiles({ model, directory: tempDir(), seed: 3, crimesPerMonth: 500 });
    expect(files.crimeFiles.map((file) => path.basename(file))).toEqual(['2024-01-peelshire-street.csv', '2024-02-peelshire-street.csv', '2024-03-peelshire-street.csv']);
    const lsoas = new Map(files.lsoaFiles.flatMap((file) => read(file).features).map((feature) => [feature.properties.LSOA11CD!, box(feature.geometry.coordinates[0]!)]));
    const [header, ...rows] = readFileSync(files.crimeFiles[1]!, 'utf8').trimEnd().split('\n');
    expect(header).toBe(STREET_CRIME_COLUMNS.join(','));
    expect(rows).toHaveLength(500);
    for (const row of rows) {
      const [, month, , , lon, lat, , lsoaCode] = row.split(',');
      expect(month).toBe('2024-02');
      const area = lsoas.get(lsoaCode!)!;
      expect(Number(lon)).toBeGreaterThanOrEqual(area.west);
      expect(Number(lon)).toBeLessThanOrEqual(area.east);
      expect(Number(lat)).toBeGreaterThanOrEqual(area.south);
      expect(Number(lat)).toBeLessThanOrEqual(area.north);
    }
  });
});
