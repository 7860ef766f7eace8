/**
 * Each model area's centroid from its wards' stored boundaries, for the Grade 1 coverage cost of a
 * recommendation: the mean of the wards' centroids weighted by their area (the centroid of a union
 * of disjoint regions is the area-weighted mean of their centroids). Good enough for "which areas
 * lose cover", which asks only how far the nearest units are from each area.
 */
import type { GeoPoint } from '@peel/domain';
import type { PolicingModel } from '@peel/model';

/** A stored ward boundary as far as this needs it. */
export interface WardCentroid {
  code: string;
  /** `[lon, lat]`. */
  centroid: readonly [number, number];
  areaKm2: number;
}

/**
 * Area id → centroid, or undefined when some area has none of its wards among `wards` (the
 * coverage cost is then left out rather than computed for part of the force).
 */
export function areaCentroidsFromWards(model: Pick<PolicingModel, 'geography'>, wards: readonly WardCentroid[]): Map<string, GeoPoint> | undefined {
  const byCode = new Map(wards.map((ward) => [ward.code, ward]));
  const centroids = new Map<string, GeoPoint>();
  for (const area of model.geography.areas) {
    let weight = 0;
    let lat = 0;
    let lon = 0;
    for (const { code } of area.wards ?? []) {
      const ward = byCode.get(code);
      if (!ward || !(ward.areaKm2 > 0)) continue;
      weight += ward.areaKm2;
      lon += ward.centroid[0] * ward.areaKm2;
      lat += ward.centroid[1] * ward.areaKm2;
    }
    if (weight === 0) return undefined;
    centroids.set(area.id, { lat: lat / weight, lon: lon / weight });
  }
  return centroids;
}
