/** Area centroids from ward boundaries: the area-weighted mean, and nothing when an area has no ward. */
import { describe, expect, it } from 'vitest';
import { areaCentroidsFromWards } from './area-centroids';
import { syntheticSetup } from './operations-fixture';

const { model } = syntheticSetup();

describe('areaCentroidsFromWards', () => {
  it('weights each ward\'s centroid by its area (north: 1 km² at lat 51, 3 km² at lat 52 → 51.75)', () => {
    const centroids = areaCentroidsFromWards(model, [
      { code: 'E05999901', centroid: [-1, 51], areaKm2: 1 },
      { code: 'E05999902', centroid: [-2, 52], areaKm2: 3 },
      { code: 'E05999904', centroid: [-1.5, 50], areaKm2: 2 },
    ]);
    expect(centroids?.get('north')?.lat).toBeCloseTo(51.75, 12);
    expect(centroids?.get('north')?.lon).toBeCloseTo(-1.75, 12);
    expect(centroids?.get('south')).toEqual({ lat: 50, lon: -1.5 });
  });

  it('is undefined when an area has none of its wards stored', () => {
    expect(areaCentroidsFromWards(model, [{ code: 'E05999901', centroid: [-1, 51], areaKm2: 1 }])).toBeUndefined();
  });
});
