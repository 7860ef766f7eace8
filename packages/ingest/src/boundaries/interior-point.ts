import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { BoundaryFeature, BoundaryGeometry, LonLat } from './boundary-feature';

/**
 * A point guaranteed to lie inside the boundary, to stand for it in containment tests: its centroid
 * when that lies inside, otherwise an interior point found by a horizontal scan line.
 *
 * Why: `@turf/centroid` is the mean of the vertices, and for a crescent- or L-shaped polygon it can
 * fall outside the polygon (about 9 % of the 2011 LSOAs in the shared data) and so into the wrong
 * ward. The scan line follows the idea of JTS/GEOS `InteriorPointArea`: intersect the polygon with the
 * horizontal line through the centroid's latitude (or, failing that, through the middle of the
 * bounding box) and take the midpoint of the widest stretch of that line inside the polygon.
 */
export function interiorPoint(feature: Pick<BoundaryFeature, 'geometry' | 'centroid' | 'bbox'>): LonLat {
  const { geometry, centroid, bbox } = feature;
  if (booleanPointInPolygon(centroid, geometry)) return centroid;
  for (const lat of [centroid[1], (bbox[1] + bbox[3]) / 2]) {
    const point = widestInteriorMidpoint(geometry, lat);
    if (point !== undefined) return point;
  }
  // Degenerate (zero-area) geometry: nothing is strictly inside, so the centroid is as good as any.
  return centroid;
}

/** Midpoint of the widest inside stretch of the line at `lat`, or undefined if the line misses. */
function widestInteriorMidpoint(geometry: BoundaryGeometry, lat: number): LonLat | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: LonLat | undefined;
  let bestWidth = 0;
  for (const rings of polygons) {
    const crossings: number[] = [];
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x0, y0] = ring[i] as [number, number];
        const [x1, y1] = ring[i + 1] as [number, number];
        // Half-open rule (one end inclusive) so a vertex on the line is counted once.
        if (y0 > lat !== y1 > lat) crossings.push(x0 + ((lat - y0) * (x1 - x0)) / (y1 - y0));
      }
    }
    crossings.sort((a, b) => a - b);
    // Within one polygon (outer ring + holes), stretches between crossings 0–1, 2–3, … are inside.
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const west = crossings[i] as number;
      const east = crossings[i + 1] as number;
      if (east - west > bestWidth) {
        bestWidth = east - west;
        best = [(west + east) / 2, lat];
      }
    }
  }
  return best;
}
