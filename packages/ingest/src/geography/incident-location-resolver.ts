/**
 * The domain's incident {@link LocationResolver} port over the geography resolver: an incident's
 * reported point placed in its LSOA, ward and model area by point-in-polygon over the boundaries
 * (from the files or the `boundaries` table). The resolver is built once (an R-tree over the
 * polygons) and answers from memory, so placing an incident costs microseconds, not a query.
 */
import type { BoundaryRepository, LocationResolver } from '@peel/domain';
import type { GeographyResolver } from './geography-resolver';
import { type GeographyModel, loadGeographyFromRepository } from './load-geography-resolver';

/** Adapts `resolver` to the incident port: the point only (a report carries no LSOA code). */
export function createIncidentLocationResolver(resolver: GeographyResolver): LocationResolver {
  return {
    async resolve(point) {
      const placed = resolver.resolve({ lsoaCode: null, longitude: point.lon, latitude: point.lat });
      return { lsoaCode: placed.matchedLsoaCode, wardCode: placed.wardCode, areaId: placed.areaId };
    },
  };
}

/**
 * The incident location resolver over the boundaries stored by `peel import boundaries` (those
 * of the model's districts) with the model's ward → area table — what the server wires at start-up.
 */
export async function loadIncidentLocationResolver(options: { repository: BoundaryRepository; model: GeographyModel }): Promise<LocationResolver> {
  const { resolver } = await loadGeographyFromRepository(options);
  return createIncidentLocationResolver(resolver);
}
