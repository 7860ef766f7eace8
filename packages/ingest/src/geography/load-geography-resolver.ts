/** Builds a geography resolver from the boundary files of a model's districts, or from the `boundaries` table. */
import type { BoundaryRepository } from '@peel/domain';
import type { BoundaryFeature } from '../boundaries/boundary-feature';
import { type BoundarySource, isPerDistrict, resolveBoundaryPath } from '../boundaries/boundary-source';
import type { GeographyReferences } from '../boundaries/check-boundary-references';
import { readBoundaryCollection } from '../boundaries/read-boundary-collection';
import { createGeographyResolver, type ResolverBoundary } from './create-geography-resolver';
import type { GeographyResolver } from './geography-resolver';

/** A resolver with what it was built from. */
export interface LoadedGeography {
  resolver: GeographyResolver;
  lsoaCount: number;
  wardCount: number;
  /** Absolute paths of the files read (empty when built from the database). */
  files: string[];
}

/** A policing model as far as the loaders read it (`PolicingModel` satisfies it structurally). */
export interface GeographyModel {
  geography: GeographyReferences;
}

/**
 * Reads the ward and LSOA files of every district of the model's areas, from the model's
 * `geography.boundaries` paths (relative to the shared data directory; `{district}` expanded per
 * district, or one file for all), and builds the resolver with the model's ward → area mapping.
 * Without an `lsoas` source, records are placed in wards by their point only.
 * @throws {BoundaryFileError} naming the file when one is missing or invalid
 */
export async function loadGeographyFromFiles(options: { sharedDataDir: string; model: GeographyModel }): Promise<LoadedGeography> {
  const { sharedDataDir, model } = options;
  const districts = [...new Set(model.geography.areas.flatMap((area) => area.districts))];
  const files: string[] = [];
  const read = async (source: BoundarySource | undefined): Promise<BoundaryFeature[]> => {
    if (source === undefined) return [];
    const paths = isPerDistrict(source)
      ? districts.map((district) => resolveBoundaryPath(sharedDataDir, source, district))
      : [resolveBoundaryPath(sharedDataDir, source)];
    const collections = await Promise.all(paths.map((file) => readBoundaryCollection(file, source)));
    files.push(...paths);
    return collections.flat();
  };
  const wards = await read(model.geography.boundaries.wards);
  const lsoas = await read(model.geography.boundaries.lsoas);
  return { resolver: createGeographyResolver({ lsoas, wards, model }), lsoaCount: lsoas.length, wardCount: wards.length, files };
}

/**
 * Builds the resolver from boundaries stored by `peel import boundaries`: every stored LSOA and
 * ward, or only those of `districts` (the model's districts when a model is given and `districts`
 * is not).
 */
export async function loadGeographyFromRepository(options: {
  repository: BoundaryRepository;
  model?: GeographyModel;
  districts?: readonly string[];
}): Promise<LoadedGeography> {
  const districts = options.districts ?? (options.model === undefined ? undefined : [...new Set(options.model.geography.areas.flatMap((area) => area.districts))]);
  const [lsoas, wards]: [ResolverBoundary[], ResolverBoundary[]] = await Promise.all([
    options.repository.listBoundaries({ level: 'lsoa', districts }),
    options.repository.listBoundaries({ level: 'ward', districts }),
  ]);
  return {
    resolver: createGeographyResolver({ lsoas, wards, model: options.model }),
    lsoaCount: lsoas.length,
    wardCount: wards.length,
    files: [],
  };
}
