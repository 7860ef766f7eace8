/**
 * How well a kernel density surface fitted on earlier months predicts where a later month's
 * crimes fall: the Prediction Accuracy Index on grid cells ({@link evaluatePredictionAccuracy}).
 *
 * The fitted surface is the quartic KDE of the fit months' points ({@link kernelDensityGrid}).
 * The study area A is, by default, data-defined ('support'): every cell whose centre lies within
 * one bandwidth of a crime of the fit or test months, plus every cell holding one. A rectangle
 * around a force would count sea and moorland, where no crime is recorded, and inflate the PAI;
 * with 'grid' A is the whole grid (use it when the grid is the study area, as in tests).
 * Weighted points (harm) give a harm-weighted surface and a PAI in harm: n and N are harm sums.
 */
import { countPointsInCells, gridCovering, type DensityGrid, type GeoPoint } from './density-grid';
import { kernelDensityGrid } from './kernel-density';
import { evaluatePredictionAccuracy, type PredictionAccuracy } from './prediction-accuracy-index';

/** The result of a grid hold-out evaluation. */
export interface GridHotspotAccuracy {
  grid: DensityGrid;
  /** Expected events per cell fitted on the fit months (all cells of the grid). */
  fitted: Float64Array;
  /** Cells counted as the study area. */
  studyCells: number;
  accuracy: PredictionAccuracy;
}

/** Fits on `fitPoints`, evaluates on `testPoints` (see the file comment). */
export function evaluateGridHotspots(options: {
  fitPoints: readonly GeoPoint[];
  testPoints: readonly GeoPoint[];
  bandwidthMetres: number;
  cellSizeMetres: number;
  areaFraction: number;
  /** Defaults to a grid covering every point with one bandwidth to spare. */
  grid?: DensityGrid;
  studyArea?: 'support' | 'grid';
}): GridHotspotAccuracy {
  const { fitPoints, testPoints, bandwidthMetres, cellSizeMetres, areaFraction, studyArea = 'support' } = options;
  if (fitPoints.length === 0) throw new RangeError('fitPoints: expected at least one point to fit on');
  const all = [...fitPoints, ...testPoints];
  const grid = options.grid ?? gridCovering({ points: all, cellSizeMetres, marginMetres: bandwidthMetres });
  const fitted = kernelDensityGrid({ grid, points: fitPoints, bandwidthMetres });
  const observed = countPointsInCells(grid, testPoints);
  let inStudy: (index: number) => boolean = () => true;
  if (studyArea === 'support') {
    const unweighted = all.map(({ lon, lat }) => ({ lon, lat }));
    const support = kernelDensityGrid({ grid, points: unweighted, bandwidthMetres });
    const holding = countPointsInCells(grid, unweighted);
    inStudy = (index) => support[index]! > 0 || holding[index]! > 0;
  }
  const cells: number[] = [];
  for (let index = 0; index < fitted.length; index += 1) if (inStudy(index)) cells.push(index);
  const cellArea = grid.cellSizeMetres * grid.cellSizeMetres;
  const accuracy = evaluatePredictionAccuracy({
    fitted: cells.map((index) => fitted[index]!),
    observed: cells.map((index) => observed[index]!),
    areas: cells.map(() => cellArea),
    areaFraction,
  });
  return { grid, fitted, studyCells: cells.length, accuracy };
}
