import type { BoundaryFeature, LonLat } from './boundary-feature';
import type { SplitSpec } from './split-spec';

/** What {@link splitWards} needs of a ward. */
export type SplittableWard = Pick<BoundaryFeature, 'code' | 'centroid' | 'areaKm2'>;

/**
 * Divides wards into groups by a {@link SplitSpec}. Latitude bands run north to south and longitude
 * bands west to east; each band holds ⌊n/k⌋ or ⌈n/k⌉ wards (the extra wards go to the first bands).
 * Quadrants come back as [North, East, South, West]: a ward belongs to the quadrant containing the
 * bearing of its centroid from {@link wardsCentre}, North being [315°, 45°). A quadrant may be empty.
 * Ties are broken by ward code so the result is deterministic.
 * @throws {RangeError} when there are fewer wards than latitude/longitude bands
 */
export function splitWards<T extends SplittableWard>(wards: readonly T[], spec: SplitSpec): T[][] {
  if (spec.kind === 'quadrant') return splitByQuadrant(wards);
  if (wards.length < spec.bands) {
    throw new RangeError(`cannot split ${wards.length} wards into ${spec.bands} ${spec.kind} bands`);
  }
  const sorted =
    spec.kind === 'latitude'
      ? [...wards].sort((a, b) => b.centroid[1] - a.centroid[1] || a.code.localeCompare(b.code))
      : [...wards].sort((a, b) => a.centroid[0] - b.centroid[0] || a.code.localeCompare(b.code));
  const base = Math.floor(sorted.length / spec.bands);
  const extra = sorted.length % spec.bands;
  const groups: T[][] = [];
  let start = 0;
  for (let band = 0; band < spec.bands; band++) {
    const size = base + (band < extra ? 1 : 0);
    groups.push(sorted.slice(start, start + size));
    start += size;
  }
  return groups;
}

/**
 * The centre of a set of wards: the area-weighted mean of their centroids, which approximates the
 * centroid of the district (or districts) they tile.
 */
export function wardsCentre(wards: readonly SplittableWard[]): LonLat {
  let weight = 0;
  let lon = 0;
  let lat = 0;
  for (const ward of wards) {
    weight += ward.areaKm2;
    lon += ward.areaKm2 * ward.centroid[0];
    lat += ward.areaKm2 * ward.centroid[1];
  }
  return weight > 0 ? [lon / weight, lat / weight] : [Number.NaN, Number.NaN];
}

/**
 * Bearing in degrees clockwise from north of `to` seen from `from`, on a local equirectangular
 * projection (longitude scaled by cos latitude) — accurate enough within one district.
 */
export function bearingDegrees(from: LonLat, to: LonLat): number {
  const dx = (to[0] - from[0]) * Math.cos((from[1] * Math.PI) / 180);
  const dy = to[1] - from[1];
  return ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
}

function splitByQuadrant<T extends SplittableWard>(wards: readonly T[]): T[][] {
  const centre = wardsCentre(wards);
  const groups: T[][] = [[], [], [], []];
  const sorted = [...wards].sort((a, b) => a.code.localeCompare(b.code));
  for (const ward of sorted) {
    // Shift by 45° so North = [315°, 45°) becomes quadrant 0, East 1, South 2, West 3.
    const quadrant = Math.floor(((bearingDegrees(centre, ward.centroid) + 45) % 360) / 90);
    groups[quadrant]?.push(ward);
  }
  return groups;
}
