import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNearestIndex, linearIndex } from './nearest-index';

// The grid must give exactly the scan's answer (same points, same order, ties by index): it is a
// prefilter, never an approximation. fast-check with a fixed seed.
const SETTINGS = { seed: 7_2024, numRuns: 300 };

const ukPoint = fc.record({ lat: fc.double({ min: 49.9, max: 58.7, noNaN: true }), lon: fc.double({ min: -8, max: 1.8, noNaN: true }) });
/** Points clustered in a few towns, as units are, plus duplicates. */
const clustered = fc
  .tuple(fc.array(ukPoint, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.double({ min: -0.05, max: 0.05, noNaN: true })), { maxLength: 120 }))
  .map(([towns, offsets]) => offsets.map(([town, dLat, dLon]) => {
    const centre = towns[town % towns.length] as { lat: number; lon: number };
    return { lat: centre.lat + dLat, lon: centre.lon + dLon };
  }));

describe('grid nearest-neighbour index', () => {
  it('returns exactly the linear scan\'s k nearest for scattered and clustered points, queries inside and outside the grid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(ukPoint, { maxLength: 150 }), clustered), fc.array(ukPoint, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 5 }), (points, queries, k) => {
        const grid = buildNearestIndex(points);
        const scan = linearIndex(points);
        for (const query of [...queries, ...points.slice(0, 3)]) expect(grid.nearest(query, k)).toEqual(scan.nearest(query, k));
      }),
      SETTINGS,
    );
  });

  it('handles no points, one point, identical points and a query far away', () => {
    expect(buildNearestIndex([]).nearest({ lat: 51, lon: 0 }, 2)).toEqual([]);
    const one = buildNearestIndex([{ lat: 51, lon: 0 }]);
    expect(one.nearest({ lat: 51, lon: 0 }, 2)).toEqual([{ index: 0, distanceKm: 0 }]);
    const same = buildNearestIndex([{ lat: 52, lon: -1 }, { lat: 52, lon: -1 }, { lat: 52, lon: -1 }]);
    expect(same.nearest({ lat: 52, lon: -1 }, 2).map((n) => n.index)).toEqual([0, 1]);
    const points = [{ lat: 51, lon: 0 }, { lat: 51.1, lon: 0.1 }, { lat: 51.2, lon: 0.2 }];
    expect(buildNearestIndex(points).nearest({ lat: -33.9, lon: 151.2 }, 1)).toEqual(linearIndex(points).nearest({ lat: -33.9, lon: 151.2 }, 1));
  });

  it('falls back to a scan across the antimeridian and stays exact', () => {
    const points = [{ lat: -17, lon: 179.9 }, { lat: -17, lon: -179.9 }, { lat: -16, lon: 178 }];
    expect(buildNearestIndex(points).nearest({ lat: -17, lon: -179.95 }, 3)).toEqual(linearIndex(points).nearest({ lat: -17, lon: -179.95 }, 3));
  });

  it('throws a RangeError naming k when it is not a whole number >= 1', () => {
    expect(() => buildNearestIndex([{ lat: 51, lon: 0 }]).nearest({ lat: 51, lon: 0 }, 0)).toThrow(/k must be/);
  });
});
