import { describe, expect, it } from 'vitest';
import type { BoundaryFeature } from './boundary-feature';
import { BoundaryIndex } from './boundary-index';
import { squareBoundary, squareRing } from './testing/synthetic';

describe('BoundaryIndex', () => {
  const west = squareBoundary('W', 0, 0, 1, 1);
  const east = squareBoundary('E', 1, 0, 1, 1);
  // A 3×3 square with a 1×1 hole in the middle, overlapping neither W nor E.
  const ring: BoundaryFeature = {
    ...squareBoundary('R', 10, 0, 3, 8),
    geometry: { type: 'Polygon', coordinates: [squareRing(10, 0, 3), squareRing(11, 1, 1)] },
  };
  const index = new BoundaryIndex([west, east, ring]);

  it('finds the polygon containing a point', () => {
    expect(index.locate(0.5, 0.5)).toBe('W');
    expect(index.locate(1.5, 0.2)).toBe('E');
    expect(index.locate(10.5, 2.5)).toBe('R');
    expect(index.size).toBe(3);
  });

  it('returns undefined outside every polygon, in a hole, and for non-finite input', () => {
    expect(index.locate(5, 5)).toBeUndefined();
    expect(index.locate(11.5, 1.5)).toBeUndefined();
    expect(index.locate(Number.NaN, 0)).toBeUndefined();
  });

  it('checks the polygon, not just its bounding box', () => {
    const triangle: BoundaryFeature = {
      ...squareBoundary('T', 0, 0, 1, 1),
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1], [0, 0]]] },
    };
    const triangles = new BoundaryIndex([triangle]);
    expect(triangles.locate(0.2, 0.2)).toBe('T');
    expect(triangles.locate(0.8, 0.8)).toBeUndefined();
  });

  it('is empty-safe', () => {
    expect(new BoundaryIndex([]).locate(0, 0)).toBeUndefined();
  });
});
