import type { BoundaryFeature } from './boundary-feature';
import { type BoundarySource, resolveBoundaryPath } from './boundary-source';
import { ONS_LSOAS_2011, ONS_WARDS_2013 } from './ons-sources';
import { readBoundaryCollection } from './read-boundary-collection';

/** A boundary with the district whose file it came from. */
export interface DistrictBoundary extends BoundaryFeature {
  district: string;
}

/** Ward and LSOA boundaries of some districts, with the files they were read from. */
export interface DistrictBoundaries {
  wards: DistrictBoundary[];
  lsoas: DistrictBoundary[];
  /** Every file read, absolute, wards first, in district order. */
  wardFiles: string[];
  lsoaFiles: string[];
}

/** Which sources {@link loadDistrictBoundaries} reads; defaults to the ONS files of SOURCES.md §4. */
export interface DistrictSources {
  wards?: BoundarySource;
  lsoas?: BoundarySource;
}

/**
 * Reads the ward and LSOA files of each district (duplicates ignored, order kept).
 * Both sources must be per-district (their paths contain `{district}`).
 * @throws {BoundaryFileError} naming the file when one is missing or invalid
 * @throws {RangeError} when a district code is not a plain code or a source is not per-district
 */
export async function loadDistrictBoundaries(
  sharedDataDir: string,
  districts: readonly string[],
  sources: DistrictSources = {},
): Promise<DistrictBoundaries> {
  const wardSource = sources.wards ?? ONS_WARDS_2013;
  const lsoaSource = sources.lsoas ?? ONS_LSOAS_2011;
  for (const source of [wardSource, lsoaSource]) {
    if (!source.path.includes('{district}')) throw new RangeError(`boundary path ${source.path} has no {district} placeholder`);
  }
  const result: DistrictBoundaries = { wards: [], lsoas: [], wardFiles: [], lsoaFiles: [] };
  for (const district of new Set(districts)) {
    const wardFile = resolveBoundaryPath(sharedDataDir, wardSource, district);
    const lsoaFile = resolveBoundaryPath(sharedDataDir, lsoaSource, district);
    // Read both at once, but report failures in a fixed order (wards first) so the error a user
    // sees does not depend on which read happened to fail first.
    const [wardRead, lsoaRead] = await Promise.allSettled([readBoundaryCollection(wardFile, wardSource), readBoundaryCollection(lsoaFile, lsoaSource)]);
    if (wardRead.status === 'rejected') throw wardRead.reason;
    if (lsoaRead.status === 'rejected') throw lsoaRead.reason;
    const [wards, lsoas] = [wardRead.value, lsoaRead.value];
    result.wards.push(...wards.map((ward) => ({ ...ward, district })));
    result.lsoas.push(...lsoas.map((lsoa) => ({ ...lsoa, district })));
    result.wardFiles.push(wardFile);
    result.lsoaFiles.push(lsoaFile);
  }
  return result;
}
