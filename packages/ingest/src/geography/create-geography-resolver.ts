/**
 * The geography resolver: places a record in its LSOA, ward and model area, preferring the LSOA
 * code the record carries and falling back to point-in-polygon.
 */
import type { BoundaryFeature, LonLat } from '../boundaries/boundary-feature';
import { BoundaryIndex } from '../boundaries/boundary-index';
import { interiorPoint } from '../boundaries/interior-point';
import type { GeographyResolver, RecordLocation, ResolvedLocation } from './geography-resolver';
import { type AreaWards, mapWardsToAreas } from './map-wards-to-areas';

/** What the resolver needs of a boundary: code, geometry, bounding box and centroid (for the interior point). */
export type ResolverBoundary = Pick<BoundaryFeature, 'code' | 'geometry' | 'bbox' | 'centroid'>;

/** Input of {@link createGeographyResolver}. */
export interface GeographyResolverInput {
  /** LSOA polygons (e.g. ONS 2011); may be empty, then records are placed in wards only. */
  lsoas: readonly ResolverBoundary[];
  /** Ward polygons (e.g. ONS 2013). */
  wards: readonly ResolverBoundary[];
  /** The policing model's areas (ward → area); without it every `areaId` is null. */
  model?: AreaWards;
}

/**
 * Builds a {@link GeographyResolver} over the given polygons. Rules, in order:
 *
 * 1. **code** — the record's LSOA code is one of the LSOA polygons: that LSOA is the match. The ward
 *    is the ward containing the record's point; when the record has no point (or its point lies in
 *    no loaded ward) it is the ward containing the LSOA's interior point (LSOAs nest in 2011 wards
 *    almost everywhere; the interior point, not the centroid, so that crescent-shaped LSOAs land in
 *    their own ward — see {@link interiorPoint}).
 * 2. **geometry** — otherwise, the record's point lies in an LSOA polygon (that LSOA is the match)
 *    or, failing that, in a ward polygon (no LSOA match). This is how a 2024 data.police.uk row
 *    carrying a **2021** LSOA code that is not among the 2011 polygons is placed: by its point,
 *    never by guessing a 2011↔2021 code mapping.
 * 3. **none** — no known code and no point inside any polygon.
 *
 * The area is the model area whose `wards` list the ward (null without a model or when no area
 * does). Point-in-polygon goes through {@link BoundaryIndex} (an R-tree then an exact test); the ward
 * of each LSOA is computed once and cached, so resolving by code costs a map lookup.
 * @throws {RangeError} when a ward code is listed by two areas of the model
 */
export function createGeographyResolver(input: GeographyResolverInput): GeographyResolver {
  const lsoaIndex = new BoundaryIndex(input.lsoas);
  const wardIndex = new BoundaryIndex(input.wards);
  const lsoaByCode = new Map<string, ResolverBoundary>();
  for (const lsoa of input.lsoas) lsoaByCode.set(lsoa.code, lsoa);
  const areaOfWard = input.model === undefined ? new Map<string, string>() : mapWardsToAreas(input.model);
  const wardOfLsoa = new Map<string, string | null>();

  const lsoaWard = (lsoa: ResolverBoundary): string | null => {
    let ward = wardOfLsoa.get(lsoa.code);
    if (ward === undefined) {
      const [lon, lat]: LonLat = interiorPoint(lsoa);
      ward = wardIndex.locate(lon, lat) ?? null;
      wardOfLsoa.set(lsoa.code, ward);
    }
    return ward;
  };

  const placed = (matchedLsoaCode: string | null, wardCode: string | null, geoMatch: ResolvedLocation['geoMatch']): ResolvedLocation => ({
    matchedLsoaCode,
    wardCode,
    areaId: wardCode === null ? null : (areaOfWard.get(wardCode) ?? null),
    geoMatch,
  });

  return {
    resolve(location: RecordLocation): ResolvedLocation {
      const { lsoaCode, longitude, latitude } = location;
      const hasPoint = longitude !== null && latitude !== null && Number.isFinite(longitude) && Number.isFinite(latitude);
      const known = lsoaCode === null ? undefined : lsoaByCode.get(lsoaCode.trim());
      if (known !== undefined) {
        const pointWard = hasPoint ? wardIndex.locate(longitude, latitude) : undefined;
        return placed(known.code, pointWard ?? lsoaWard(known), 'code');
      }
      if (!hasPoint) return placed(null, null, 'none');
      const lsoa = lsoaIndex.locate(longitude, latitude) ?? null;
      const ward = wardIndex.locate(longitude, latitude) ?? null;
      return placed(lsoa, ward, lsoa === null && ward === null ? 'none' : 'geometry');
    },
  };
}
