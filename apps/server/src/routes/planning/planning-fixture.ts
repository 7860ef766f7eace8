/**
 * Test support for the planning routes: the synthetic force (models/synthetic.yaml) stored as a
 * model, square ward and LSOA boundaries for its five wards (two LSOAs each, with extra points
 * along every edge that simplification must remove), and three months of recorded crime placed in
 * the LSOAs — LSOA n of the ten gets n violent crimes, one burglary and n anti-social behaviour
 * reports a month (so E01999910 is the top hotspot).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createBoundaryRepository, createDemandRepository, createModelRepository, type Database } from '@peel/db';
import type { CrimeCategory, CrimeRecord, NewBoundary } from '@peel/domain';
import { modelFromText } from '@peel/domain/dispatch/testing';
import type { PolicingModel } from '@peel/model';

const MODEL_TEXT = readFileSync(fileURLToPath(new URL('../../../../../models/synthetic.yaml', import.meta.url)), 'utf8');

/** The synthetic model. */
export const SYNTHETIC_MODEL: PolicingModel = modelFromText(MODEL_TEXT);

/** Wards: code, district, area and [west, south, east, north]. */
export const FIXTURE_WARDS = [
  { code: 'E05999901', name: 'Abbey', district: 'E07999901', area: 'north', box: [-1.3, 51.5, -1.2, 51.7] },
  { code: 'E05999902', name: 'Brookside', district: 'E07999901', area: 'north', box: [-1.2, 51.5, -1.1, 51.7] },
  { code: 'E05999903', name: 'Chalk Hill', district: 'E07999901', area: 'north', box: [-1.1, 51.5, -1.0, 51.7] },
  { code: 'E05999904', name: 'Dunmore', district: 'E07999902', area: 'south', box: [-1.3, 51.2, -1.15, 51.4] },
  { code: 'E05999905', name: 'Eastgate', district: 'E07999902', area: 'south', box: [-1.15, 51.2, -1.0, 51.4] },
] as const;

/** LSOAs: each ward's southern and northern half, E01999901…E01999910. */
export const FIXTURE_LSOAS = FIXTURE_WARDS.flatMap((ward, index) => {
  const [west, south, east, north] = ward.box;
  const middle = (south + north) / 2;
  return [
    { code: `E019999${String(index * 2 + 1).padStart(2, '0')}`, name: `${ward.name} 001A`, district: ward.district, ward: ward.code, area: ward.area, box: [west, south, east, middle] as const },
    { code: `E019999${String(index * 2 + 2).padStart(2, '0')}`, name: `${ward.name} 001B`, district: ward.district, ward: ward.code, area: ward.area, box: [west, middle, east, north] as const },
  ];
});

/** Positions on each edge of a fixture square (collinear ones: a simplified ring keeps 5). */
export const POINTS_PER_EDGE = 10;

function square(code: string, name: string, box: readonly [number, number, number, number]): NewBoundary {
  const [west, south, east, north] = box;
  const corners: [number, number][] = [[west, south], [east, south], [east, north], [west, north], [west, south]];
  const ring: [number, number][] = [];
  for (let corner = 0; corner < 4; corner += 1) {
    const [x0, y0] = corners[corner]!;
    const [x1, y1] = corners[corner + 1]!;
    for (let step = 0; step < POINTS_PER_EDGE; step += 1) ring.push([x0 + ((x1 - x0) * step) / POINTS_PER_EDGE, y0 + ((y1 - y0) * step) / POINTS_PER_EDGE]);
  }
  ring.push([west, south]);
  const km2 = (east - west) * 111.32 * Math.cos((((south + north) / 2) * Math.PI) / 180) * (north - south) * 110.57;
  return { code, name, geometry: { type: 'Polygon', coordinates: [ring] }, bbox: [west, south, east, north], centroid: [(west + east) / 2, (south + north) / 2], areaKm2: km2 };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The months of crime stored. */
export const FIXTURE_MONTHS = ['2024-01', '2024-02', '2024-03'] as const;

/** Crimes of LSOA number n (1…10) a month, by category. */
export function crimesOfLsoa(n: number): Partial<Record<CrimeCategory, number>> {
  return { 'violent-crime': n, burglary: 1, 'anti-social-behaviour': n };
}

/** Stores the model and its boundaries; with `crime`, the recorded crime too. */
export async function seedPlanningFixture(db: Database, options: { crime?: boolean; boundaries?: boolean } = {}): Promise<void> {
  await createModelRepository(db).save({ id: SYNTHETIC_MODEL.id, name: SYNTHETIC_MODEL.force, sourcePath: 'models/synthetic.yaml', contentHash: sha256(MODEL_TEXT), document: SYNTHETIC_MODEL });
  if (options.boundaries !== false) {
    const boundaries = createBoundaryRepository(db);
    for (const level of ['ward', 'lsoa'] as const) {
      for (const district of ['E07999901', 'E07999902']) {
        const units = (level === 'ward' ? FIXTURE_WARDS : FIXTURE_LSOAS).filter((unit) => unit.district === district);
        await boundaries.importBoundaries({
          file: { kind: 'boundaries', fileName: `${level}-${district}.json`, contentHash: sha256(`planning-fixture-${level}-${district}`) },
          level,
          district,
          vintage: 'synthetic',
          boundaries: units.map((unit) => square(unit.code, unit.name, unit.box)),
        });
      }
    }
  }
  if (options.crime === false) return;
  const records: CrimeRecord[] = [];
  for (const month of FIXTURE_MONTHS) {
    FIXTURE_LSOAS.forEach((lsoa, index) => {
      const [west, south, east, north] = lsoa.box;
      for (const [category, count] of Object.entries(crimesOfLsoa(index + 1)) as [CrimeCategory, number][]) {
        for (let k = 0; k < count; k += 1) {
          records.push({
            lineNumber: records.length + 2,
            crimeId: null,
            month,
            reportedBy: 'Peelshire Constabulary',
            fallsWithin: 'Peelshire Constabulary',
            longitude: west + ((east - west) * (k + 1)) / (count + 1),
            latitude: (south + north) / 2,
            location: 'On or near Test Street',
            lsoaCode: lsoa.code,
            lsoaName: lsoa.name,
            crimeType: category,
            category,
            lastOutcome: null,
            context: null,
            areaId: lsoa.area,
            wardCode: lsoa.ward,
            matchedLsoaCode: lsoa.code,
            geoMatch: 'code',
          });
        }
      }
    });
  }
  await createDemandRepository(db).runImport({ kind: 'police-uk-crime', fileName: 'peelshire-street.csv', contentHash: sha256('planning-fixture-crime') }, async (session) => {
    await session.insertCrimeRecords(records);
    return { rowsRead: records.length };
  });
}
