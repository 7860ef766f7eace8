import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { BoundaryFeature } from './boundary-feature';

/** What {@link BoundaryIndex} needs of a boundary: its code, geometry and bounding box. */
export type IndexedBoundary = Pick<BoundaryFeature, 'code' | 'geometry' | 'bbox'>;

/**
 * Answers "which boundary contains this point?" for many points against many polygons.
 *
 * A packed Hilbert R-tree (flatbush) over the bounding boxes narrows each query to the few
 * polygons whose box contains the point; an exact point-in-polygon test (`@turf/boolean-point-in-polygon`,
 * holes respected) then picks the first that really contains it. Build once, query millions of times.
 *
 * Boundaries are assumed not to overlap (ONS wards and LSOAs tile their district). A point exactly on
 * an edge shared by two polygons counts as inside both, and `locate` returns whichever the tree
 * visits first — deterministic for a given input, but not otherwise meaningful.
 */
export class BoundaryIndex<T extends IndexedBoundary = IndexedBoundary> {
  readonly #tree: Flatbush | undefined;
  readonly #boundaries: readonly T[];

  /** @param boundaries the polygons to index (not copied; do not mutate them afterwards). */
  constructor(boundaries: readonly T[]) {
    this.#boundaries = boundaries;
    // flatbush cannot hold zero items; an empty index simply never finds anything.
    if (boundaries.length === 0) return;
    const tree = new Flatbush(boundaries.length);
    for (const { bbox } of boundaries) tree.add(bbox[0], bbox[1], bbox[2], bbox[3]);
    tree.finish();
    this.#tree = tree;
  }

  /** Number of boundaries in the index. */
  get size(): number {
    return this.#boundaries.length;
  }

  /** The code of the boundary containing (lon, lat) in WGS84 degrees, or undefined if none does. */
  locate(lon: number, lat: number): string | undefined {
    return this.locateBoundary(lon, lat)?.code;
  }

  /** The boundary containing (lon, lat) in WGS84 degrees, or undefined if none does. */
  locateBoundary(lon: number, lat: number): T | undefined {
    const tree = this.#tree;
    if (tree === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
    const point: [number, number] = [lon, lat];
    let found: T | undefined;
    tree.collides(lon, lat, lon, lat, (index) => {
      const boundary = this.#boundaries[index] as T;
      if (!booleanPointInPolygon(point, boundary.geometry)) return false;
      found = boundary;
      return true;
    });
    return found;
  }
}
