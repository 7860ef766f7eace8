/**
 * Lighter boundary polygons for a map of a whole force: each ring simplified by Douglas–Peucker
 * (Douglas & Peucker 1973, "Algorithms for the reduction of the number of points required to
 * represent a digitized line", Cartographica 10(2)) with a tolerance in degrees, then rounded to
 * 5 decimals (about a metre). A ring keeps its first and last positions (closed) and at least four
 * positions; a ring that would collapse below that is kept as it was.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { roundCoordinates } from '../control-room/area-boundaries';

/** Default tolerance: 1e-4° ≈ 11 m north–south, 7 m east–west in England — invisible at county zoom. */
export const DEFAULT_TOLERANCE_DEGREES = 1e-4;

/** Squared distance from `p` to the segment a–b (planar, in degrees). */
function segmentDistanceSquared(p: Position, a: Position, b: Position): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

/** Douglas–Peucker over an open or closed line, iteratively (no recursion depth limit). */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = limit;
    for (let index = first + 1; index < last; index += 1) {
      const distance = segmentDistanceSquared(points[index]!, points[first]!, points[last]!);
      if (distance > farthestDistance) {
        farthest = index;
        farthestDistance = distance;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, index) => keep[index] === 1);
}

/** A closed ring simplified, or as it was when simplification would leave fewer than 4 positions. */
function simplifyRing(ring: readonly Position[], tolerance: number): Position[] {
  const simplified = simplifyLine(ring, tolerance);
  return simplified.length >= 4 ? simplified : [...ring];
}

/** A Polygon or MultiPolygon simplified and rounded (see the file comment). */
export function simplifyPolygon<G extends Polygon | MultiPolygon>(geometry: G, tolerance = DEFAULT_TOLERANCE_DEGREES): G {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: roundCoordinates(geometry.coordinates.map((ring) => simplifyRing(ring, tolerance))) } as G;
  }
  return { type: 'MultiPolygon', coordinates: roundCoordinates(geometry.coordinates.map((polygon) => polygon.map((ring) => simplifyRing(ring, tolerance)))) } as G;
}

/** Positions in a geometry (for reporting how much lighter it became). */
export function countPositions(geometry: Polygon | MultiPolygon): number {
  return geometry.type === 'Polygon' ? geometry.coordinates.reduce((sum, ring) => sum + ring.length, 0) : geometry.coordinates.reduce((sum, polygon) => sum + polygon.reduce((inner, ring) => inner + ring.length, 0), 0);
}
