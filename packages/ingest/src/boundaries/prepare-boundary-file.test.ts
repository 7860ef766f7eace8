import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareBoundaryFile } from './prepare-boundary-file';
import { squareRing } from './testing/synthetic';

async function geojson(name: string, properties: Record<string, string>): Promise<{ file: string; text: string }> {
  const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [squareRing(0, 51, 0.01)] } }] });
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'peel-prepare-')), name);
  await writeFile(file, text);
  return { file, text };
}

describe('prepareBoundaryFile', () => {
  it('detects 2011 LSOA properties, takes the district from a LAD file name, and hashes the bytes', async () => {
    const { file, text } = await geojson('E07000111.json', { LSOA11CD: 'E01024413', LSOA11NM: 'Sevenoaks 016A' });
    const request = await prepareBoundaryFile(file, { level: 'lsoa' });
    expect(request).toMatchObject({
      file: { kind: 'boundaries', fileName: 'E07000111.json', contentHash: createHash('sha256').update(text).digest('hex') },
      level: 'lsoa',
      district: 'E07000111',
      vintage: '2011',
    });
    expect(request.boundaries).toEqual([expect.objectContaining({ code: 'E01024413', name: 'Sevenoaks 016A', bbox: [0, 51, 0.01, 51.01] })]);
    expect(request.boundaries[0]?.areaKm2).toBeCloseTo(0.78, 1); // 0.01° × 0.01° at 51°N ≈ 1.11 km × 0.70 km
  });

  it('reads 2021 LSOAs and 2022 wards with their vintage; a file not named after a LAD has no district', async () => {
    expect(await prepareBoundaryFile((await geojson('england.geojson', { LSOA21CD: 'E01035000', LSOA21NM: 'x' })).file, { level: 'lsoa' })).toMatchObject({ district: null, vintage: '2021' });
    expect(await prepareBoundaryFile((await geojson('E06000035.geojson', { WD22CD: 'E05000001', WD22NM: 'y' })).file, { level: 'ward' })).toMatchObject({ district: 'E06000035', vintage: '2022' });
  });

  it('uses the properties and vintage given, and says when the level does not fit the file', async () => {
    const { file } = await geojson('beats.json', { BEAT: '523', NAME: 'Gaslamp' });
    expect(await prepareBoundaryFile(file, { level: 'ward', properties: { codeProperty: 'BEAT', nameProperty: 'NAME' }, vintage: '2020' })).toMatchObject({ vintage: '2020', boundaries: [expect.objectContaining({ code: '523' })] });
    await expect(prepareBoundaryFile(file, { level: 'lsoa' })).rejects.toThrow(/beats\.json: feature 0: no lsoa code property \(LSOA11CD or LSOA21CD\) \(the feature has BEAT, NAME\); is --level right\?/);
    await expect(prepareBoundaryFile(path.join(path.dirname(file), 'missing.json'), { level: 'lsoa' })).rejects.toThrow(/missing\.json: file not found/);
  });
});
