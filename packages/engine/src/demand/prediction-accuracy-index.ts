/**
 * The Prediction Accuracy Index (Chainey, Tompson & Uhlig 2008, "The utility of hotspot mapping
 * for predicting spatial patterns of crime", Security Journal 21(1–2): 4–28, §"Measuring the
 * predictive accuracy of hotspot maps"):
 *
 *     PAI = (n / N) / (a / A)
 *
 * n = crimes of the test period inside the predicted hotspots, N = all crimes of the test period
 * in the study area, a = the hotspots' area, A = the study area. PAI = 1 is what hotspots chosen
 * at random would score; higher is better. Here the hotspots are the units (grid cells, LSOAs,
 * wards) a fitted surface ranks highest, taken until they cover a chosen fraction of A.
 */

/** PAI = (hits / totalHits) / (hotspotArea / totalArea). */
export function predictionAccuracyIndex(options: { hits: number; totalHits: number; hotspotArea: number; totalArea: number }): number {
  const { hits, totalHits, hotspotArea, totalArea } = options;
  if (!Number.isFinite(totalHits) || totalHits <= 0) throw new RangeError(`totalHits: expected a number > 0, got ${totalHits}`);
  if (!Number.isFinite(hits) || hits < 0 || hits > totalHits) throw new RangeError(`hits: expected a number in [0, totalHits = ${totalHits}], got ${hits}`);
  if (!Number.isFinite(totalArea) || totalArea <= 0) throw new RangeError(`totalArea: expected a number > 0, got ${totalArea}`);
  if (!Number.isFinite(hotspotArea) || hotspotArea <= 0 || hotspotArea > totalArea) {
    throw new RangeError(`hotspotArea: expected a number in (0, totalArea = ${totalArea}], got ${hotspotArea}`);
  }
  // One division: (n·A)/(N·a) keeps hand-sized examples exact in floating point.
  return (hits * totalArea) / (totalHits * hotspotArea);
}

/** The units chosen as hotspots. */
export interface HotspotSelection {
  /** Indices of the chosen units, best first. */
  indices: number[];
  /** Their total area. */
  area: number;
  /** The area of every unit. */
  totalArea: number;
}

/**
 * Chooses hotspots: units in decreasing order of fitted density (score / area; ties by index), taken
 * until their area first reaches `areaFraction` of the total. Ranking by density rather than raw
 * score is what maximises captured crime per unit of area when units differ in size (LSOAs); for
 * equal grid cells the two orders agree.
 * @param options.scores fitted score per unit (e.g. last months' count, or a density surface)
 * @param options.areas area per unit, any unit, all > 0
 * @param options.areaFraction in (0, 1]
 */
export function selectHotspots(options: { scores: readonly number[]; areas: readonly number[]; areaFraction: number }): HotspotSelection {
  const { scores, areas, areaFraction } = options;
  if (!(areaFraction > 0 && areaFraction <= 1)) throw new RangeError(`areaFraction: expected a number in (0, 1], got ${areaFraction}`);
  if (scores.length !== areas.length) throw new RangeError(`areas: expected one area per score (${scores.length}), got ${areas.length}`);
  if (scores.length === 0) throw new RangeError('scores: expected at least one unit');
  let totalArea = 0;
  areas.forEach((area, index) => {
    if (!Number.isFinite(area) || area <= 0) throw new RangeError(`areas[${index}]: expected a number > 0, got ${area}`);
    if (!Number.isFinite(scores[index]!)) throw new RangeError(`scores[${index}]: expected a finite number, got ${scores[index]}`);
    totalArea += area;
  });
  const order = scores.map((_, index) => index);
  order.sort((a, b) => scores[b]! / areas[b]! - scores[a]! / areas[a]! || a - b);
  const target = areaFraction * totalArea;
  const indices: number[] = [];
  let area = 0;
  for (const index of order) {
    // Stop once the target is reached; a relative tolerance keeps 0.1 × 10 cells at one cell.
    if (indices.length > 0 && area >= target * (1 - 1e-12)) break;
    indices.push(index);
    area += areas[index]!;
  }
  return { indices, area, totalArea };
}

/** A hold-out evaluation of a hotspot prediction. */
export interface PredictionAccuracy {
  /** PAI, or null when the test period has no crimes in the study area (the index is undefined). */
  pai: number | null;
  /** n: test crimes inside the hotspots. */
  hits: number;
  /** N: test crimes in the study area. */
  totalHits: number;
  /** a: the hotspots' area. */
  hotspotArea: number;
  /** A: the study area. */
  totalArea: number;
  /** n / N. */
  hitRate: number | null;
  /** a / A. */
  areaShare: number;
  /** How many units were chosen. */
  hotspotUnits: number;
}

/**
 * Fits nothing itself: takes a fitted score per unit (from months 1..k−1) and the crimes observed
 * per unit in month k, chooses hotspots covering `areaFraction` of the area
 * ({@link selectHotspots}) and scores them with {@link predictionAccuracyIndex}.
 */
export function evaluatePredictionAccuracy(options: {
  fitted: readonly number[];
  observed: readonly number[];
  areas: readonly number[];
  areaFraction: number;
}): PredictionAccuracy {
  const { fitted, observed, areas, areaFraction } = options;
  if (observed.length !== fitted.length) throw new RangeError(`observed: expected one value per unit (${fitted.length}), got ${observed.length}`);
  observed.forEach((value, index) => {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`observed[${index}]: expected a number >= 0, got ${value}`);
  });
  const selection = selectHotspots({ scores: fitted, areas, areaFraction });
  const totalHits = observed.reduce((sum, value) => sum + value, 0);
  const hits = selection.indices.reduce((sum, index) => sum + observed[index]!, 0);
  const areaShare = selection.area / selection.totalArea;
  const pai = totalHits > 0 ? predictionAccuracyIndex({ hits, totalHits, hotspotArea: selection.area, totalArea: selection.totalArea }) : null;
  return { pai, hits, totalHits, hotspotArea: selection.area, totalArea: selection.totalArea, hitRate: totalHits > 0 ? hits / totalHits : null, areaShare, hotspotUnits: selection.indices.length };
}

/** The months to fit on and the month held back. */
export type HoldoutSplit =
  | { status: 'ok'; fitMonths: string[]; holdoutMonth: string }
  /** Fewer than two months, or no month before the one held back: nothing to fit on. */
  | { status: 'insufficient'; reason: string };

/**
 * Splits the months of the data: the held-back month k is `holdoutMonth` (the latest month when
 * absent) and the fit uses every month before it, 1..k−1. Months after k are not used.
 */
export function splitHoldout(options: { months: readonly string[]; holdoutMonth?: string }): HoldoutSplit {
  const months = [...new Set(options.months)].sort();
  const holdout = options.holdoutMonth ?? months[months.length - 1];
  if (holdout === undefined) return { status: 'insufficient', reason: 'no months in the data' };
  if (!months.includes(holdout)) throw new RangeError(`holdoutMonth: no records in ${holdout} (months in the data: ${months.join(', ')})`);
  const fitMonths = months.filter((month) => month < holdout);
  if (fitMonths.length === 0) return { status: 'insufficient', reason: `no month before ${holdout} to fit on (months in the data: ${months.join(', ')})` };
  return { status: 'ok', fitMonths, holdoutMonth: holdout };
}
