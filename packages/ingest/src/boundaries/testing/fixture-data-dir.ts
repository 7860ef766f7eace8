import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ONS_LSOAS_2011, ONS_WARDS_2013 } from '../ons-sources';
import { squareRing } from './synthetic';

/** A small square boundary for a fixture file: code, name and south-west corner (0.01° squares). */
export interface FixtureBoundary {
  code: string;
  name: string;
  lon: number;
  lat: number;
}

/**
 * Creates a temporary shared data directory laid out like the real one (SOURCES.md §4), with the
 * given ward and LSOA files per district. Pass `undefined` for a file to leave it out.
 * @returns the directory's absolute path
 */
export async function makeFixtureDataDir(districts: Record<string, { wards?: FixtureBoundary[]; lsoas?: FixtureBoundary[] }>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'peel-shared-data-'));
  for (const [district, files] of Object.entries(districts)) {
    if (files.wards) await writeCollection(dir, ONS_WARDS_2013.path, district, 'WD13CD', 'WD13NM', files.wards);
    if (files.lsoas) await writeCollection(dir, ONS_LSOAS_2011.path, district, 'LSOA11CD', 'LSOA11NM', files.lsoas);
  }
  return dir;
}

async function writeCollection(dir: string, template: string, district: string, codeKey: string, nameKey: string, boundaries: FixtureBoundary[]) {
  const file = path.join(dir, template.replace('{district}', district));
  await mkdir(path.dirname(file), { recursive: true });
  const features = boundaries.map(({ code, name, lon, lat }) => ({
    type: 'Feature',
    properties: { [codeKey]: code, [nameKey]: name },
    geometry: { type: 'Polygon', coordinates: [squareRing(lon, lat, 0.01)] },
  }));
  await writeFile(file, JSON.stringify({ type: 'FeatureCollection', features }));
}
