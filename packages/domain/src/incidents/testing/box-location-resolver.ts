/**
 * A {@link LocationResolver} over rectangles (for tests and demos without boundary files): the
 * first box containing the point gives its geography; a point in no box resolves to nothing.
 */
import type { IncidentPoint, LocationResolver, ResolvedGeography } from '../ports/location-resolver';

/** A lon/lat rectangle and the geography of everything inside it. */
export interface GeographyBox {
  /** `[minLon, minLat, maxLon, maxLat]`. */
  readonly box: readonly [number, number, number, number];
  readonly geography: ResolvedGeography;
}

/** A resolver over `boxes`, first match wins. */
export function createBoxLocationResolver(boxes: readonly GeographyBox[]): LocationResolver & { calls: IncidentPoint[] } {
  const calls: IncidentPoint[] = [];
  return {
    calls,
    async resolve(point) {
      calls.push(point);
      const found = boxes.find(({ box: [minLon, minLat, maxLon, maxLat] }) => point.lon >= minLon && point.lon <= maxLon && point.lat >= minLat && point.lat <= maxLat);
      return found?.geography ?? { lsoaCode: null, wardCode: null, areaId: null };
    },
  };
}
