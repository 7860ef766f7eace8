/**
 * Kernel density grid: cost of the quartic KDE against a baseline measured in the same run.
 * Baseline 1: binning the same points into the same cells (one pass, one cell per point) — the
 * KDE's ratio to it is the price of spreading each point over the ~(2h/cell)² cells within the
 * bandwidth. Baseline 2: the brute-force KDE (every point against every cell), which the windowed
 * loop must beat by roughly cells / window.
 * Run: npm run bench -- packages/engine/src/demand
 */
import { bench, describe } from 'vitest';
import { countPointsInCells, gridCovering, type GeoPoint } from './density-grid';
import { kernelDensityGrid, quarticKernel } from './kernel-density';
import { mulberry32 } from './testing/seeded-random';

/** Points over a box of about 60 km × 40 km (the size of a county force), seeded. */
function points(n: number, seed: number): GeoPoint[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => ({ lon: -0.9 + random() * 0.85, lat: 50.75 + random() * 0.36 }));
}

const large = points(100_000, 1);
const largeGrid = gridCovering({ points: large, cellSizeMetres: 200, marginMetres: 500 });

describe(`KDE grid: 100,000 points, ${largeGrid.columns} × ${largeGrid.rows} cells of 200 m, bandwidth 500 m`, () => {
  bench('baseline: bin points into cells', () => {
    countPointsInCells(largeGrid, large);
  });
  bench('quartic KDE (windowed)', () => {
    kernelDensityGrid({ grid: largeGrid, points: large, bandwidthMetres: 500 });
  });
});

const small = points(1_000, 2);
const smallGrid = gridCovering({ points: small, cellSizeMetres: 1000, marginMetres: 2000 });

/** Every point against every cell: the definition, with no window. */
function bruteForce(): Float64Array {
  const surface = new Float64Array(smallGrid.columns * smallGrid.rows);
  const projected = small.map((point) => smallGrid.projection.project(point.lon, point.lat));
  const area = smallGrid.cellSizeMetres ** 2;
  for (let index = 0; index < surface.length; index += 1) {
    const cx = smallGrid.originX + ((index % smallGrid.columns) + 0.5) * smallGrid.cellSizeMetres;
    const cy = smallGrid.originY + (Math.floor(index / smallGrid.columns) + 0.5) * smallGrid.cellSizeMetres;
    for (const p of projected) surface[index]! += quarticKernel(Math.hypot(cx - p.x, cy - p.y), 2000) * area;
  }
  return surface;
}

describe(`KDE grid: 1,000 points, ${smallGrid.columns} × ${smallGrid.rows} cells of 1 km, bandwidth 2 km`, () => {
  bench('baseline: brute force, every point × every cell', () => {
    bruteForce();
  });
  bench('quartic KDE (windowed)', () => {
    kernelDensityGrid({ grid: smallGrid, points: small, bandwidthMetres: 2000 });
  });
});
