import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DensityGrid, GeoPoint } from './density-grid';
import { createEquirectangular } from './equirectangular';
import { evaluateGridHotspots } from './grid-hotspot-accuracy';
import { evaluatePredictionAccuracy, predictionAccuracyIndex, selectHotspots, splitHoldout } from './prediction-accuracy-index';
import { rankHotspots } from './rank-hotspots';
import { mulberry32 } from './testing/seeded-random';

describe('Prediction Accuracy Index (Chainey, Tompson & Uhlig 2008)', () => {
  it('PAI = (n/N)/(a/A): 8 of 20 crimes in 2 of 10 km² is (0.4)/(0.2) = 2', () => {
    expect(predictionAccuracyIndex({ hits: 8, totalHits: 20, hotspotArea: 2, totalArea: 10 })).toBe(2);
    expect(() => predictionAccuracyIndex({ hits: 1, totalHits: 0, hotspotArea: 1, totalArea: 2 })).toThrow('totalHits: expected a number > 0, got 0');
    expect(() => predictionAccuracyIndex({ hits: 1, totalHits: 2, hotspotArea: 3, totalArea: 2 })).toThrow('hotspotArea: expected a number in (0, totalArea = 2], got 3');
  });

  it('toy grid of 10 equal cells: fitted on month 1, the top 20 % (2 cells) hold 9 of month 2’s 15 crimes, PAI = (9/15)/(2/10) = 3', () => {
    const fitted = [0, 5, 1, 9, 0, 2, 7, 0, 0, 1]; // cells 3 and 6 are the hotspots
    const observed = [1, 2, 0, 5, 1, 1, 4, 0, 0, 1];
    const result = evaluatePredictionAccuracy({ fitted, observed, areas: new Array<number>(10).fill(1), areaFraction: 0.2 });
    expect(result).toEqual({ pai: 3, hits: 9, totalHits: 15, hotspotArea: 2, totalArea: 10, hitRate: 0.6, areaShare: 0.2, hotspotUnits: 2 });
  });

  it('units of different size are ranked by fitted density and taken until the area fraction is reached', () => {
    // Densities: unit 0 = 10/5 = 2, unit 1 = 6/1 = 6, unit 2 = 3/2 = 1.5, unit 3 = 0.
    const selection = selectHotspots({ scores: [10, 6, 3, 0], areas: [5, 1, 2, 2], areaFraction: 0.5 });
    // Target 5 of 10: unit 1 (1) then unit 0 (5 → 6 ≥ 5).
    expect(selection).toEqual({ indices: [1, 0], area: 6, totalArea: 10 });
    const accuracy = evaluatePredictionAccuracy({ fitted: [10, 6, 3, 0], observed: [4, 2, 2, 2], areas: [5, 1, 2, 2], areaFraction: 0.5 });
    // n/N = 6/10, a/A = 6/10.
    expect(accuracy.pai).toBeCloseTo(1, 12);
  });

  it('a test month without crimes gives no PAI (a typed null, not a throw)', () => {
    expect(evaluatePredictionAccuracy({ fitted: [1, 0], observed: [0, 0], areas: [1, 1], areaFraction: 0.5 }).pai).toBeNull();
    expect(() => selectHotspots({ scores: [1], areas: [1], areaFraction: 0 })).toThrow('areaFraction: expected a number in (0, 1], got 0');
  });

  it('holds back the latest month by default and fits on every month before it', () => {
    expect(splitHoldout({ months: ['2024-03', '2024-01', '2024-02', '2024-02'] })).toEqual({ status: 'ok', fitMonths: ['2024-01', '2024-02'], holdoutMonth: '2024-03' });
    expect(splitHoldout({ months: ['2024-01', '2024-02', '2024-03'], holdoutMonth: '2024-02' })).toEqual({ status: 'ok', fitMonths: ['2024-01'], holdoutMonth: '2024-02' });
    expect(splitHoldout({ months: ['2024-01'] })).toMatchObject({ status: 'insufficient' });
    expect(() => splitHoldout({ months: ['2024-01'], holdoutMonth: '2024-05' })).toThrow('holdoutMonth: no records in 2024-05 (months in the data: 2024-01)');
  });
});

describe('PAI of a kernel density hotspot map on a grid', () => {
  // A 10 km × 10 km study area of 40 × 40 cells of 250 m, centred on Brighton.
  const projection = createEquirectangular(-0.14, 50.83);
  const grid: DensityGrid = { projection, cellSizeMetres: 250, originX: -5000, originY: -5000, columns: 40, rows: 40 };
  const uniform = (random: () => number, n: number): GeoPoint[] =>
    Array.from({ length: n }, () => {
      const { lon, lat } = projection.unproject(-5000 + random() * 10_000, -5000 + random() * 10_000);
      return { lon, lat };
    });

  it('property: for a uniform random pattern the PAI is 1 in expectation (fast-check, seed 2008; 30 patterns)', () => {
    const pais: number[] = [];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const random = mulberry32(seed);
        const result = evaluateGridHotspots({ fitPoints: uniform(random, 2000), testPoints: uniform(random, 20_000), bandwidthMetres: 500, cellSizeMetres: 250, areaFraction: 0.1, grid, studyArea: 'grid' });
        expect(result.accuracy.areaShare).toBeCloseTo(0.1, 12);
        // n/N ~ Binomial(20,000, 0.1)/20,000: sd 0.0021, so the PAI's sd is 0.021; 0.1 is ~5 sd.
        expect(Math.abs(result.accuracy.pai! - 1)).toBeLessThan(0.1);
        pais.push(result.accuracy.pai!);
      }),
      { seed: 2008, numRuns: 30 },
    );
    const mean = pais.reduce((sum, pai) => sum + pai, 0) / pais.length;
    // The mean of 30 has sd 0.021/√30 ≈ 0.004.
    expect(Math.abs(mean - 1)).toBeLessThan(0.02);
  });

  it('a pattern concentrated in one corner scores far above 1, and the support excludes empty cells from A', () => {
    const random = mulberry32(7);
    const cluster = (n: number) => Array.from({ length: n }, () => projection.unproject(-4500 + random() * 1000, -4500 + random() * 1000));
    const background = (n: number) => uniform(random, n);
    const fit = [...cluster(800), ...background(200)];
    const test = [...cluster(800), ...background(200)];
    const onGrid = evaluateGridHotspots({ fitPoints: fit, testPoints: test, bandwidthMetres: 500, cellSizeMetres: 250, areaFraction: 0.01, grid, studyArea: 'grid' });
    // The top 1 % (16 cells = 1 km²) is the cluster: it holds about 80 % of the crimes, PAI ≈ 80.
    expect(onGrid.accuracy.pai!).toBeGreaterThan(70);
    const sparse = [...cluster(50)];
    const support = evaluateGridHotspots({ fitPoints: sparse, testPoints: cluster(50), bandwidthMetres: 500, cellSizeMetres: 250, areaFraction: 0.5, grid, studyArea: 'support' });
    expect(support.studyCells).toBeLessThan(grid.columns * grid.rows);
    expect(support.accuracy.totalArea).toBe(support.studyCells * 250 * 250);
  });
});

describe('top-N hotspots', () => {
  it('ranks by count or harm, ties by code, with shares of the whole', () => {
    const units = [
      { code: 'E01000003', count: 10, harm: 1500, areaKm2: 0.5 },
      { code: 'E01000001', count: 30, harm: 60, areaKm2: 2 },
      { code: 'E01000002', count: 10, harm: 200, areaKm2: null },
    ];
    const byCount = rankHotspots({ units, top: 2, by: 'count' });
    expect(byCount.map((unit) => [unit.rank, unit.code, unit.share, unit.cumulativeShare])).toEqual([
      [1, 'E01000001', 0.6, 0.6],
      [2, 'E01000002', 0.2, 0.8],
    ]);
    expect(byCount[0]!.countPerKm2).toBe(15);
    expect(byCount[1]!.countPerKm2).toBeNull();
    const byHarm = rankHotspots({ units, top: 5, by: 'harm' });
    expect(byHarm.map((unit) => unit.code)).toEqual(['E01000003', 'E01000002', 'E01000001']);
    expect(byHarm[0]!.harmPerKm2).toBe(3000);
    expect(() => rankHotspots({ units, top: 0, by: 'count' })).toThrow('top: expected a whole number >= 1, got 0');
  });
});
