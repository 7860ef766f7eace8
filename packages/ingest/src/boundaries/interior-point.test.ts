import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import type { BoundaryFeature } from './boundary-feature';
import { interiorPoint } from './interior-point';
import { squareBoundary } from './testing/synthetic';

describe('interiorPoint', () => {
  it('is the centroid when the centroid lies inside', () => {
    expect(interiorPoint(squareBoundary('S', 0, 0, 2, 1))).toEqual([1, 1]);
  });

  it('finds a point inside a C-shaped polygon whose centroid falls in the gap', () => {
    // A "C" opening to the east: the vertex mean (about [1.2, 1.5]) lies in the empty mouth.
    const c: BoundaryFeature = {
      ...squareBoundary('C', 0, 0, 3, 1),
      geometry: {
        type: 'Polygon',
        coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]],
      },
      centroid: [1.5, 1.5],
      bbox: [0, 0, 3, 3],
    };
    expect(booleanPointInPolygon(c.centroid, c.geometry)).toBe(false);
    const point = interiorPoint(c);
    expect(booleanPointInPolygon(point, c.geometry)).toBe(true);
    expect(point).toEqual([0.5, 1.5]);
  });

  it('picks the widest stretch across the parts of a MultiPolygon', () => {
    const two: BoundaryFeature = {
      ...squareBoundary('M', 0, 0, 1, 1),
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [[[0, 0], [1, 0], [1, 2], [0, 2], [0, 0]]],
          [[[3, 0], [6, 0], [6, 2], [3, 2], [3, 0]]],
        ],
      },
      centroid: [2, 1],
      bbox: [0, 0, 6, 2],
    };
    expect(interiorPoint(two)).toEqual([4.5, 1]);
  });
});
