/**
 * A uniform latitude/longitude grid over points, answering "the k nearest points to q" by
 * great-circle distance exactly, while looking at only the cells near q. Rings of cells are
 * searched outwards from q's cell; the search stops once the k-th best distance is less than a
 * lower bound on the distance to anything outside the rings searched so far. The bound combines
 * the two terms of the haversine, hav(d/R) = hav(Δφ) + cos φ₁ cos φ₂ hav(Δλ):
 *   d >= R·|Δφ|                          (latitude alone), and
 *   d >= 2R·asin(cos φmax · sin(|Δλ|/2))  (longitude alone; φmax the largest |latitude| involved),
 * so a point whose latitude differs by at least g_φ or longitude by at least g_λ is at least
 * min(R·g_φ, 2R·asin(cos φmax · sin(g_λ/2))) away. Cells are about square on the ground and hold
 * about two points each, the usual choice for a bucket grid (Bentley & Friedman, "Data structures
 * for range searching", Computing Surveys 11(4), 1979). Candidates are compared on the haversine
 * term (monotone in distance), computed exactly as greatCircleKmUnchecked does, so distances agree
 * to the last bit with the rest of dispatch. Point sets spanning more than 180° of longitude
 * (across the antimeridian) fall back to a linear scan, where the bound would not hold.
 */
import { EARTH_MEAN_RADIUS_KM, cosLatitude, haversineTerm, kmFromHaversineTerm } from './great-circle-distance';
import type { GeoPoint } from './geo-point';

/** A neighbour found by {@link NearestIndex.nearest}: the point's index in the input and its distance. */
export interface Neighbour {
  readonly index: number;
  readonly distanceKm: number;
}

/** A spatial index over a fixed list of points. */
export interface NearestIndex {
  readonly size: number;
  /** The `k` nearest points to `query`, nearest first (ties by input index); fewer when there are fewer points. */
  nearest(query: GeoPoint, k: number): Neighbour[];
}

const RADIANS = Math.PI / 180;
const POINTS_PER_CELL = 2;

/** Builds a grid index over `points` (assumed valid coordinates; see checkGeoPoint). */
export function buildNearestIndex(points: readonly GeoPoint[]): NearestIndex {
  const n = points.length;
  if (n === 0) return { size: 0, nearest: (_query, k) => (checkK(k), []) };
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLon = Infinity;
  let maxLon = -Infinity;
  for (const p of points) {
    if (p.lat < minLat) minLat = p.lat;
    if (p.lat > maxLat) maxLat = p.lat;
    if (p.lon < minLon) minLon = p.lon;
    if (p.lon > maxLon) maxLon = p.lon;
  }
  if (maxLon - minLon > 180) return linearIndex(points);

  // Cell sides in degrees, square on the ground at the middle latitude, sized for ~2 points a cell.
  const midCos = Math.max(0.01, Math.cos(((minLat + maxLat) / 2) * RADIANS));
  const heightDeg = Math.max(maxLat - minLat, 1e-9);
  const widthDeg = Math.max((maxLon - minLon) * midCos, 1e-9);
  // Points on a line (a thin box) would make ~zero-area cells and millions of them: no side may be
  // cut into more than 2n cells, which bounds rows × cols by about 4.5n.
  const cellDeg = Math.max(Math.sqrt((heightDeg * widthDeg * POINTS_PER_CELL) / n), Math.max(heightDeg, widthDeg) / (2 * n), 1e-6);
  const cellLat = cellDeg;
  const cellLon = cellDeg / midCos;
  const rows = Math.floor((maxLat - minLat) / cellLat) + 1;
  const cols = Math.floor((maxLon - minLon) / cellLon) + 1;

  // Points bucketed by cell (counting sort), stored cell by cell: latitude, longitude, cos(latitude)
  // and input index of the points of cell c are at slots start[c] … start[c+1] − 1.
  const cellOf = new Int32Array(n);
  const start = new Int32Array(rows * cols + 1);
  for (let i = 0; i < n; i++) {
    const p = points[i] as GeoPoint;
    const row = Math.min(rows - 1, Math.floor((p.lat - minLat) / cellLat));
    const col = Math.min(cols - 1, Math.floor((p.lon - minLon) / cellLon));
    cellOf[i] = row * cols + col;
    (start[row * cols + col + 1] as number)++;
  }
  for (let c = 0; c < rows * cols; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const fill = start.slice(0, rows * cols);
  const slotLat = new Float64Array(n);
  const slotLon = new Float64Array(n);
  const slotCos = new Float64Array(n);
  const slotIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const slot = (fill[cellOf[i] as number] as number)++;
    const p = points[i] as GeoPoint;
    slotLat[slot] = p.lat;
    slotLon[slot] = p.lon;
    slotCos[slot] = cosLatitude(p.lat);
    slotIndex[slot] = i;
  }
  const maxAbsLat = Math.max(Math.abs(minLat), Math.abs(maxLat));

  function nearest(query: GeoPoint, k: number): Neighbour[] {
    checkK(k);
    const best = new Best(Math.min(k, n));
    const qCos = cosLatitude(query.lat);
    const qRow = Math.floor((query.lat - minLat) / cellLat);
    const qCol = Math.floor((query.lon - minLon) / cellLon);
    const cosMax = Math.cos(Math.max(maxAbsLat, Math.abs(query.lat)) * RADIANS);
    const visit = (row: number, col: number): void => {
      if (col < 0 || col >= cols) return;
      const cell = row * cols + col;
      const end = start[cell + 1] as number;
      for (let slot = start[cell] as number; slot < end; slot++) {
        best.offer(slotIndex[slot] as number, haversineTerm(query.lat, query.lon, qCos, slotLat[slot] as number, slotLon[slot] as number, slotCos[slot] as number));
      }
    };
    // Rings nearer than the grid itself are empty: start at the first ring that touches it.
    let ring = Math.max(0, -qRow, qRow - (rows - 1), -qCol, qCol - (cols - 1));
    for (;;) {
      const rowLow = qRow - ring;
      const rowHigh = qRow + ring;
      for (let row = Math.max(0, rowLow); row <= Math.min(rows - 1, rowHigh); row++) {
        if (row === rowLow || row === rowHigh) {
          for (let col = Math.max(0, qCol - ring); col <= Math.min(cols - 1, qCol + ring); col++) visit(row, col);
        } else {
          visit(row, qCol - ring);
          visit(row, qCol + ring);
        }
      }
      const coversGrid = rowLow <= 0 && rowHigh >= rows - 1 && qCol - ring <= 0 && qCol + ring >= cols - 1;
      if (coversGrid) break;
      if (best.isFull()) {
        const latGap = Math.min(query.lat - (minLat + rowLow * cellLat), minLat + (rowHigh + 1) * cellLat - query.lat);
        const lonGap = Math.min(query.lon - (minLon + (qCol - ring) * cellLon), minLon + (qCol + ring + 1) * cellLon - query.lon);
        const boundKm = Math.min(
          EARTH_MEAN_RADIUS_KM * latGap * RADIANS,
          2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, cosMax * Math.sin((Math.min(lonGap, 180) * RADIANS) / 2))),
        );
        // Strictly less: a point outside at exactly the k-th distance could win the tie on index.
        if (kmFromHaversineTerm(best.worstTerm()) < boundKm) break;
      }
      ring++;
    }
    return best.neighbours();
  }

  return { size: n, nearest };
}

/** The same answers by scanning every point: the fallback, and the baseline of tests and benchmarks. */
export function linearIndex(points: readonly GeoPoint[]): NearestIndex {
  const cosines = points.map((p) => cosLatitude(p.lat));
  return {
    size: points.length,
    nearest(query: GeoPoint, k: number): Neighbour[] {
      checkK(k);
      const best = new Best(Math.min(k, points.length));
      const qCos = cosLatitude(query.lat);
      for (let index = 0; index < points.length; index++) {
        const p = points[index] as GeoPoint;
        best.offer(index, haversineTerm(query.lat, query.lon, qCos, p.lat, p.lon, cosines[index] as number));
      }
      return best.neighbours();
    },
  };
}

function checkK(k: number): void {
  if (!Number.isSafeInteger(k) || k < 1) throw new RangeError(`k must be a whole number >= 1, got ${k}`);
}

/** The `want` smallest haversine terms seen, sorted (ties by index), without allocating per offer. */
class Best {
  private readonly terms: number[] = [];
  private readonly indexes: number[] = [];
  constructor(private readonly want: number) {}

  isFull(): boolean {
    return this.terms.length === this.want;
  }

  worstTerm(): number {
    return this.terms[this.terms.length - 1] as number;
  }

  offer(index: number, term: number): void {
    const { terms, indexes, want } = this;
    let at = terms.length;
    if (at === want && !precedes(term, index, terms[at - 1] as number, indexes[at - 1] as number)) return;
    if (at === want) at--;
    else {
      terms.push(term);
      indexes.push(index);
    }
    while (at > 0 && precedes(term, index, terms[at - 1] as number, indexes[at - 1] as number)) {
      terms[at] = terms[at - 1] as number;
      indexes[at] = indexes[at - 1] as number;
      at--;
    }
    terms[at] = term;
    indexes[at] = index;
  }

  neighbours(): Neighbour[] {
    return this.terms.map((term, i) => ({ index: this.indexes[i] as number, distanceKm: kmFromHaversineTerm(term) }));
  }
}

function precedes(term: number, index: number, otherTerm: number, otherIndex: number): boolean {
  return term < otherTerm || (term === otherTerm && index < otherIndex);
}
