/**
 * Hypercube benchmarks (`npm run bench`). Targets (issue 4): exact N = 12 in < 2 s; A-hypercube
 * N = 100 in < 100 ms. The exact model at N = 8 runs in the same group as the baseline, so the
 * summary's "× faster than" ratios compare like with like on whatever machine runs them.
 */
import { bench, describe } from 'vitest';
import { approximateHypercube } from './approximate-hypercube';
import { solveHypercube } from './exact-hypercube';
import { gridCity } from './test-systems';

// Grid cities with closest-unit preferences at 70 % load; 4 atoms per unit.
const n8 = gridCity({ unitGrid: [4, 2], atomGrid: [8, 4], utilisation: 0.7, seed: 1 });
const n12 = gridCity({ unitGrid: [4, 3], atomGrid: [8, 6], utilisation: 0.7, seed: 1 });
const n100 = gridCity({ unitGrid: [10, 10], atomGrid: [20, 20], utilisation: 0.7, seed: 1 });

describe('hypercube', () => {
  bench('baseline: exact N = 8 (256 states, 32 atoms)', () => {
    solveHypercube(n8);
  });
  bench('exact N = 12 (4,096 states, 48 atoms) — target < 2 s', () => {
    solveHypercube(n12);
  });
  bench('A-hypercube N = 100 (400 atoms) — target < 100 ms', () => {
    approximateHypercube(n100);
  });
});
