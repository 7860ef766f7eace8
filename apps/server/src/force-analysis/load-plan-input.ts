/**
 * What `peel plan` reads besides the model: the demand (as `peel simulate --model` reads it —
 * crimes imported with `peel import police-uk`, spread over the week and split by grade) and, for
 * the Grade 1 analysis, each area's size and urban share. Area = Σ of its wards' km² from the
 * `boundaries` table (`peel import boundaries`), else from the ward boundary files the model names
 * under the shared data directory, split into the km² of the wards the model classes urban and of
 * the rural ones; urban share = the share of the area's recorded crime in its urban wards (its
 * share of urban wards when no crime is placed in a ward). Areas
 * whose wards cannot all be measured are left out, and the engine's fallback sizes them.
 */
import type { BoundaryRepository, DemandQueries, DemandRepository, DemandScope } from '@peel/domain';
import type { AreaGround } from '@peel/engine';
import { BoundaryFileError, isPerDistrict, readBoundaryCollection, resolveBoundaryPath } from '@peel/ingest';
import type { PolicingModel } from '@peel/model';
import { loadSimulationDemand, type SimulationDemand } from './load-simulation-demand';

/** The demand and geography of a plan, with notes on where they came from. */
export interface PlanInput {
  demand: SimulationDemand;
  geography: Record<string, AreaGround>;
  notes: string[];
}

/** Reads the plan's demand and geography (see the file comment). */
export async function loadPlanInput(params: {
  model: PolicingModel;
  modelFile: string;
  sharedDataDir: string;
  queries: DemandQueries;
  repository: DemandRepository;
  boundaries: BoundaryRepository;
  scope: DemandScope;
  databaseName: string;
}): Promise<PlanInput> {
  const { model, modelFile, sharedDataDir, queries, repository, boundaries, scope, databaseName } = params;
  const demand = await loadSimulationDemand({ model, modelFile, queries, repository, scope, databaseName });
  const { wardKm2, source } = await loadWardAreas(model, boundaries, sharedDataDir);
  const crimesByWard = new Map<string, number>();
  for (const row of await queries.countCrimesByUnit('ward', scope)) if (row.unitCode !== null) crimesByWard.set(row.unitCode, (crimesByWard.get(row.unitCode) ?? 0) + row.count);
  const geography: Record<string, AreaGround> = {};
  const unmeasured: string[] = [];
  for (const area of model.geography.areas) {
    const sizes = area.wards.map((ward) => wardKm2.get(ward.code));
    if (sizes.some((size) => size === undefined)) {
      unmeasured.push(area.id);
      continue;
    }
    const crimes = area.wards.map((ward) => crimesByWard.get(ward.code) ?? 0);
    const total = crimes.reduce((a, b) => a + b, 0);
    const urbanShare = total > 0 ? area.wards.reduce((sum, ward, index) => sum + (ward.urbanRural === 'urban' ? crimes[index]! : 0), 0) / total : area.wards.filter((ward) => ward.urbanRural === 'urban').length / area.wards.length;
    const km2 = (urban: boolean) => area.wards.reduce((sum, ward, index) => sum + ((ward.urbanRural === 'urban') === urban ? sizes[index]! : 0), 0);
    geography[area.id] = { urbanKm2: km2(true), ruralKm2: km2(false), urbanShare };
  }
  const measured = model.geography.areas.length - unmeasured.length;
  const notes = [
    ...demand.notes,
    measured > 0 ? `area sizes: Σ ward km² from ${source} for ${measured} of ${model.geography.areas.length} areas; urban share = share of the area's recorded crime in wards the model classes urban` : `area sizes: ${source}`,
  ];
  if (unmeasured.length > 0 && measured > 0) notes.push(`area sizes: wards of ${unmeasured.join(', ')} not all found in the boundaries (fallback sizes)`);
  return { demand, geography, notes };
}

/** Ward areas by code: from the boundaries table, else the model's ward files, else none. */
async function loadWardAreas(model: PolicingModel, boundaries: BoundaryRepository, sharedDataDir: string): Promise<{ wardKm2: Map<string, number>; source: string }> {
  const districts = [...new Set(model.geography.areas.flatMap((area) => area.districts))];
  const stored = await boundaries.listBoundaries({ level: 'ward', districts });
  if (stored.length > 0) return { wardKm2: new Map(stored.map((ward) => [ward.code, ward.areaKm2])), source: 'the boundaries table' };
  const source = model.geography.boundaries.wards;
  const files = isPerDistrict(source) ? districts.map((district) => resolveBoundaryPath(sharedDataDir, source, district)) : [resolveBoundaryPath(sharedDataDir, source)];
  try {
    const collections = await Promise.all(files.map((file) => readBoundaryCollection(file, source)));
    return { wardKm2: new Map(collections.flat().map((ward) => [ward.code, ward.areaKm2])), source: `the ward boundary files under ${sharedDataDir}` };
  } catch (error) {
    if (error instanceof BoundaryFileError) return { wardKm2: new Map(), source: `no ward boundaries stored and ${error.message}: the engine's fallback sizes (run \`peel import boundaries\`)` };
    throw error;
  }
}
