import { describe, expect, it } from 'vitest';
import { cellCentre, cellIndexOf, countPointsInCells, gridCovering, topCellIndices, type DensityGrid, type GeoPoint } from './density-grid';
import { createEquirectangular, EARTH_RADIUS_METRES } from './equirectangular';
import { kernelDensityGrid, quarticKernel } from './kernel-density';
import { mulberry32 } from './testing/seeded-random';

/** Haversine distance in metres (Sinnott 1984), the reference for the projection's error. */
function haversine(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(h));
}

/** Uniform points in a lon/lat box, from a seeded generator. */
function randomPoints(seed: number, n: number, box = { west: -0.3, east: 0.1, south: 50.8, north: 51.0 }): GeoPoint[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => ({ lon: box.west + random() * (box.east - box.west), lat: box.south + random() * (box.north - box.south) }));
}

describe('equirectangular projection', () => {
  it('one degree of latitude is R·π/180 = 111,195.1 m; the round trip returns the point', () => {
    const projection = createEquirectangular(-0.14, 50.83);
    expect(projection.project(-0.14, 51.83).y).toBeCloseTo(111_195.08, 1);
    const { x, y } = projection.project(0.05, 50.9);
    const back = projection.unproject(x, y);
    expect(back.lon).toBeCloseTo(0.05, 12);
    expect(back.lat).toBeCloseTo(50.9, 12);
  });

  it('distances within 20 km of the centre agree with the haversine distance to 0.2 %', () => {
    const projection = createEquirectangular(-0.14, 50.83);
    for (const [lon, lat] of [[0.1, 50.9], [-0.4, 50.75], [-0.14, 51.0]] as const) {
      const { x, y } = projection.project(lon, lat);
      const reference = haversine({ lon: -0.14, lat: 50.83 }, { lon, lat });
      expect(Math.abs(Math.hypot(x, y) - reference) / reference).toBeLessThan(0.002);
    }
  });
});

describe('quartic kernel density', () => {
  it('the kernel is 3/(πh²) at the centre, zero at the bandwidth, and integrates to 1 (Silverman 1986, Table 3.1)', () => {
    expect(quarticKernel(0, 100)).toBeCloseTo(3 / (Math.PI * 10_000), 15);
    expect(quarticKernel(100, 100)).toBe(0);
    // ∫0^h K(r) 2πr dr by the midpoint rule.
    const steps = 100_000;
    let integral = 0;
    for (let i = 0; i < steps; i += 1) {
      const r = ((i + 0.5) / steps) * 100;
      integral += quarticKernel(r, 100) * 2 * Math.PI * r * (100 / steps);
    }
    expect(integral).toBeCloseTo(1, 8);
    expect(() => quarticKernel(1, 0)).toThrow('bandwidth: expected a number > 0, got 0');
  });

  it('a single point at a cell centre puts K(0) × cell area in its cell', () => {
    const point = { lon: -0.14, lat: 50.83 };
    const grid = gridCovering({ points: [point], cellSizeMetres: 50, marginMetres: 500 });
    const centre = cellCentre(grid, cellIndexOf(grid, point.lon, point.lat));
    const surface = kernelDensityGrid({ grid, points: [centre], bandwidthMetres: 500 });
    expect(surface[cellIndexOf(grid, centre.lon, centre.lat)]).toBeCloseTo(quarticKernel(0, 500) * 2500, 12);
  });

  it('integrates to N over a grid that extends a bandwidth past every point (1,000 seeded points, 0.5 %)', () => {
    const points = randomPoints(11, 1000);
    const grid = gridCovering({ points, cellSizeMetres: 50, marginMetres: 600 });
    const surface = kernelDensityGrid({ grid, points, bandwidthMetres: 500 });
    const total = surface.reduce((sum, value) => sum + value, 0);
    expect(Math.abs(total - 1000) / 1000).toBeLessThan(0.005);
  });

  it('weights scale the surface: harm-weighted points integrate to the total weight', () => {
    const points = randomPoints(12, 200).map((point, index) => ({ ...point, weight: index % 2 === 0 ? 150 : 5 }));
    const grid = gridCovering({ points, cellSizeMetres: 50, marginMetres: 600 });
    const total = kernelDensityGrid({ grid, points, bandwidthMetres: 500 }).reduce((sum, value) => sum + value, 0);
    expect(Math.abs(total - 100 * 155) / (100 * 155)).toBeLessThan(0.005);
  });

  it('equals the brute-force sum over every point and every cell (the windowing loses nothing)', () => {
    const points = randomPoints(13, 150);
    const grid: DensityGrid = gridCovering({ points, cellSizeMetres: 200, marginMetres: 0 });
    const fast = kernelDensityGrid({ grid, points, bandwidthMetres: 700 });
    for (let index = 0; index < fast.length; index += 37) {
      const centre = cellCentre(grid, index);
      const c = grid.projection.project(centre.lon, centre.lat);
      let expected = 0;
      for (const point of points) {
        const p = grid.projection.project(point.lon, point.lat);
        expected += quarticKernel(Math.hypot(c.x - p.x, c.y - p.y), 700) * 200 * 200;
      }
      expect(fast[index]).toBeCloseTo(expected, 9);
    }
  });

  it('finds the top cells without sorting the surface: largest first, ties by index', () => {
    expect(topCellIndices([3, 9, 1, 9, 0, 5], 3)).toEqual([1, 3, 5]);
    expect(topCellIndices([1, 2], 5)).toEqual([1, 0]);
    expect(topCellIndices([1, 2], 0)).toEqual([]);
    const random = mulberry32(21);
    const values = Array.from({ length: 5000 }, () => Math.floor(random() * 100));
    const sorted = values.map((_, index) => index).sort((a, b) => values[b]! - values[a]! || a - b);
    expect(topCellIndices(values, 25)).toEqual(sorted.slice(0, 25));
  });

  it('counts points in cells and refuses a grid too large for memory, naming the cell size', () => {
    const points = randomPoints(14, 500);
    const grid = gridCovering({ points, cellSizeMetres: 250, marginMetres: 0 });
    expect(countPointsInCells(grid, points).reduce((sum, value) => sum + value, 0)).toBe(500);
    expect(cellIndexOf(grid, 10, 10)).toBe(-1);
    expect(() => gridCovering({ points, cellSizeMetres: 0.5, marginMetres: 0 })).toThrow(/^cellSizeMetres: 0.5 m makes a \d+ × \d+ grid/);
    expect(() => kernelDensityGrid({ grid, points, bandwidthMetres: -5 })).toThrow('bandwidthMetres: expected a number > 0, got -5');
  });
});
