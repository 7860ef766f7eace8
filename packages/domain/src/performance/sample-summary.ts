/**
 * A sample of durations or counts summarised: mean with its 95 % Student t interval, median and
 * 90th percentile; and the difference of two means by Welch's t interval (B. L. Welch, "The
 * generalization of 'Student's' problem when several different population variances are involved",
 * Biometrika 34:28–35, 1947), which does not assume the two periods have equal variances.
 */
import { confidenceInterval, studentTQuantile } from '@peel/engine';

/** A sample's size, mean with 95 % t interval (null below two values), median and 90th percentile (null when empty). */
export interface SampleSummary {
  readonly count: number;
  readonly mean: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly median: number | null;
  readonly p90: number | null;
  /** Sample variance (n − 1 divisor); null below two values. */
  readonly variance: number | null;
}

/** A difference of two means (after − before) with its 95 % Welch interval and degrees of freedom. */
export interface MeanDifference {
  readonly difference: number;
  readonly lower: number;
  readonly upper: number;
  readonly degreesOfFreedom: number;
}

/**
 * The p-quantile of sorted `values` by linear interpolation between order statistics (Hyndman & Fan
 * 1996, definition 7 — R's and spreadsheet default).
 */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('sorted: expected at least one value');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p: expected a probability in [0, 1], got ${p}`);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** Summarises `values` (finite numbers). */
export function summariseSample(values: readonly number[]): SampleSummary {
  for (const [index, value] of values.entries()) {
    if (!Number.isFinite(value)) throw new RangeError(`values[${index}]: expected a finite number, got ${value}`);
  }
  if (values.length === 0) return { count: 0, mean: null, lower: null, upper: null, median: null, p90: null, variance: null };
  const sorted = [...values].sort((a, b) => a - b);
  const estimate = confidenceInterval(values);
  const variance = values.length < 2 ? null : values.reduce((sum, value) => sum + (value - estimate.mean) ** 2, 0) / (values.length - 1);
  return {
    count: values.length,
    mean: estimate.mean,
    lower: estimate.lower,
    upper: estimate.upper,
    median: quantileOfSorted(sorted, 0.5),
    p90: quantileOfSorted(sorted, 0.9),
    variance,
  };
}

/**
 * after − before with Welch's 95 % interval, or null when either sample has fewer than two values
 * or both have no spread (the interval would be a point).
 */
export function meanDifference(after: SampleSummary, before: SampleSummary): MeanDifference | null {
  if (after.mean === null || before.mean === null || after.variance === null || before.variance === null) return null;
  const a = after.variance / after.count;
  const b = before.variance / before.count;
  const standardError = Math.sqrt(a + b);
  if (standardError === 0) return null;
  // Welch–Satterthwaite degrees of freedom.
  const degreesOfFreedom = (a + b) ** 2 / (a ** 2 / (after.count - 1) + b ** 2 / (before.count - 1));
  const half = studentTQuantile(0.975, degreesOfFreedom) * standardError;
  const difference = after.mean - before.mean;
  return { difference, lower: difference - half, upper: difference + half, degreesOfFreedom };
}
