/**
 * Confidence intervals over independent replications: the replication means are i.i.d., so the
 * interval is x̄ ± t_{1−α/2, R−1}·s/√R (Law, "Simulation Modeling and Analysis", 5th ed., §9.4.1,
 * the fixed-sample-size procedure).
 */
import { studentTQuantile } from './student-t';

/** A mean with its confidence interval; `halfWidth` is null with a single replication. */
export interface Estimate {
  mean: number;
  halfWidth: number | null;
  lower: number | null;
  upper: number | null;
  /** Replications the estimate is over (those where the measure was defined). */
  replications: number;
}

/**
 * The mean of `values` (one per replication; NaN = undefined in that replication and left out) and
 * its `level` confidence interval by Student's t.
 */
export function confidenceInterval(values: ArrayLike<number>, level = 0.95): Estimate {
  if (!(level > 0 && level < 1)) throw new RangeError(`level: expected a probability strictly between 0 and 1, got ${level}`);
  const defined: number[] = [];
  for (let i = 0; i < values.length; i += 1) if (!Number.isNaN(values[i]!)) defined.push(values[i]!);
  const n = defined.length;
  if (n === 0) return { mean: NaN, halfWidth: null, lower: null, upper: null, replications: 0 };
  const mean = defined.reduce((sum, value) => sum + value, 0) / n;
  if (n === 1) return { mean, halfWidth: null, lower: null, upper: null, replications: 1 };
  const variance = defined.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  const halfWidth = studentTQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(variance / n);
  return { mean, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, replications: n };
}
