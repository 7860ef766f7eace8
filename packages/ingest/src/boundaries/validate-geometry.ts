import type { BoundaryGeometry, BoundingBox } from './boundary-feature';

/** The outcome of {@link validateGeometry}: the geometry with its bounding box, or why it is bad. */
export type GeometryCheck = { ok: true; geometry: BoundaryGeometry; bbox: BoundingBox } | { ok: false; reason: string };

/**
 * Checks that a value is a GeoJSON Polygon or MultiPolygon in WGS84 (RFC 7946 §3.1.6–3.1.7): every
 * polygon has at least one ring, every ring at least four positions and is closed, every position
 * has a finite longitude in [-180, 180] and latitude in [-90, 90]. Returns the bounding box of all
 * positions on success, or the first problem found with where it is (polygon, ring, position).
 */
export function validateGeometry(value: unknown): GeometryCheck {
  if (value === null || typeof value !== 'object') return { ok: false, reason: 'geometry is missing' };
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return { ok: false, reason: `geometry type is ${JSON.stringify(type)}; expected Polygon or MultiPolygon` };
  }
  if (!Array.isArray(coordinates)) return { ok: false, reason: `${type} has no coordinates array` };
  const polygons: unknown[] = type === 'Polygon' ? [coordinates] : coordinates;
  if (polygons.length === 0) return { ok: false, reason: 'MultiPolygon has no polygons' };
  const bbox: BoundingBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [p, polygon] of polygons.entries()) {
    const where = type === 'Polygon' ? '' : `polygon ${p}, `;
    if (!Array.isArray(polygon) || polygon.length === 0) return { ok: false, reason: `${where}expected an array of rings` };
    for (const [r, ring] of polygon.entries()) {
      const problem = checkRing(ring, bbox);
      if (problem !== undefined) return { ok: false, reason: `${where}ring ${r}: ${problem}` };
    }
  }
  return { ok: true, geometry: value as BoundaryGeometry, bbox };
}

/** Checks one linear ring, widening `bbox` to cover it; returns the problem or undefined. */
function checkRing(ring: unknown, bbox: BoundingBox): string | undefined {
  if (!Array.isArray(ring)) return 'expected an array of positions';
  if (ring.length < 4) return `has ${ring.length} positions; a linear ring needs at least 4`;
  for (const [i, position] of ring.entries()) {
    if (!Array.isArray(position) || position.length < 2) return `position ${i} is not [lon, lat]`;
    const [lon, lat] = position as unknown[];
    if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
      return `position ${i} has longitude ${String(lon)}; expected a number in [-180, 180]`;
    }
    if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
      return `position ${i} has latitude ${String(lat)}; expected a number in [-90, 90]`;
    }
    if (lon < bbox[0]) bbox[0] = lon;
    if (lat < bbox[1]) bbox[1] = lat;
    if (lon > bbox[2]) bbox[2] = lon;
    if (lat > bbox[3]) bbox[3] = lat;
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'is not closed (first and last positions differ)';
  return undefined;
}
