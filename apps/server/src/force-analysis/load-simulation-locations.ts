/**
 * Where a simulated force's incidents happen: the LSOAs of its areas, each at its centroid (or an
 * interior point when the centroid falls outside the polygon), weighted by the crime recorded in it
 * and urban or rural by the model's class of the ward that holds it. Boundaries come from the
 * `boundaries` table (`peel import boundaries`) when it holds the model's districts, else from the
 * boundary files the model names under the shared data directory. Without either, the engine's
 * documented fallback (wards on discs) is used and the output says so.
 */
import type { BoundaryRepository, DemandQueries, DemandScope } from '@peel/domain';
import type { GeographyLocation, LocationsByArea } from '@peel/engine';
import { BoundaryFileError, createGeographyResolver, interiorPoint, isPerDistrict, readBoundaryCollection, resolveBoundaryPath, type BoundarySource, type ResolverBoundary } from '@peel/ingest';
import type { PolicingModel } from '@peel/model';

/** Locations by area, or none (fallback), with a note on their source. */
export interface SimulationLocations {
  locations?: LocationsByArea;
  note: string;
}

type Boundary = ResolverBoundary & { areaKm2: number };

/** Loads the locations (see the file comment). */
export async function loadSimulationLocations(params: {
  model: PolicingModel;
  sharedDataDir: string;
  boundaries: BoundaryRepository;
  queries: DemandQueries;
  scope: DemandScope;
}): Promise<SimulationLocations> {
  const { model, sharedDataDir, boundaries, queries, scope } = params;
  const districts = [...new Set(model.geography.areas.flatMap((area) => area.districts))];
  let source = 'the boundaries table';
  let lsoas: Boundary[] = await boundaries.listBoundaries({ level: 'lsoa', districts });
  let wards: Boundary[] = await boundaries.listBoundaries({ level: 'ward', districts });
  if (lsoas.length === 0 || wards.length === 0) {
    const lsoaSource = model.geography.boundaries.lsoas;
    if (!lsoaSource) return { note: `locations: model ${model.id} names no LSOA boundary file and the boundaries table holds none of its districts; fallback used` };
    try {
      [lsoas, wards] = await Promise.all([readSource(sharedDataDir, lsoaSource, districts), readSource(sharedDataDir, model.geography.boundaries.wards, districts)]);
      source = `the boundary files under ${sharedDataDir}`;
    } catch (error) {
      if (error instanceof BoundaryFileError) return { note: `locations: no boundaries stored for the model's districts and ${error.message}; fallback used` };
      throw error;
    }
  }
  const resolver = createGeographyResolver({ lsoas, wards, model: { geography: model.geography } });
  const wardClass = new Map(model.geography.areas.flatMap((area) => area.wards.map((ward) => [ward.code, ward.urbanRural] as const)));
  const crimes = new Map<string, number>();
  for (const row of await queries.countCrimesByUnit('lsoa', scope)) if (row.unitCode !== null) crimes.set(row.unitCode, (crimes.get(row.unitCode) ?? 0) + row.count);
  const byArea = new Map<string, { point: GeographyLocation; crimes: number }[]>();
  for (const lsoa of lsoas) {
    const placed = resolver.resolve({ lsoaCode: lsoa.code, longitude: null, latitude: null });
    if (placed.areaId === null || placed.wardCode === null) continue;
    const [lon, lat] = interiorPoint(lsoa);
    const urban = (wardClass.get(placed.wardCode) ?? 'urban') === 'urban';
    const list = byArea.get(placed.areaId) ?? [];
    list.push({ point: { lon, lat, weight: 1, urban }, crimes: crimes.get(lsoa.code) ?? 0 });
    byArea.set(placed.areaId, list);
  }
  const locations: Record<string, GeographyLocation[]> = {};
  let placedLsoas = 0;
  for (const [area, list] of byArea) {
    // Weighted by recorded crime; an area with no crime placed in any LSOA weighs its LSOAs equally.
    const withCrime = list.filter((entry) => entry.crimes > 0);
    const chosen = withCrime.length > 0 ? withCrime.map((entry) => ({ ...entry.point, weight: entry.crimes })) : list.map((entry) => entry.point);
    locations[area] = chosen;
    placedLsoas += chosen.length;
  }
  const missing = model.geography.areas.filter((area) => !(area.id in locations)).map((area) => area.id);
  return {
    locations,
    note: `locations: ${placedLsoas} LSOA centroids from ${source}, weighted by recorded crime${missing.length > 0 ? `; no LSOA found for ${missing.join(', ')} (fallback there)` : ''}`,
  };
}

/** Every feature of a boundary source over the districts (one file per district, or one file). */
async function readSource(sharedDataDir: string, source: BoundarySource, districts: readonly string[]): Promise<Boundary[]> {
  const files = isPerDistrict(source) ? districts.map((district) => resolveBoundaryPath(sharedDataDir, source, district)) : [resolveBoundaryPath(sharedDataDir, source)];
  const collections = await Promise.all(files.map((file) => readBoundaryCollection(file, source)));
  return collections.flat();
}
