/**
 * Proportions with 95 % confidence intervals, and the difference of two.
 *
 * - One proportion: the **Wilson score interval** (Wilson 1927; method 3 of Newcombe, "Two-sided
 *   confidence intervals for the single proportion: comparison of seven methods", Statistics in
 *   Medicine 17:857–872, 1998). Unlike the Wald interval it stays inside [0, 1] and keeps its
 *   coverage near 0 % and 100 % — where compliance figures live.
 * - A difference of two independent proportions: Newcombe's **hybrid score interval** (method 10 of
 *   Newcombe, "Interval estimation for the difference between independent proportions: comparison
 *   of eleven methods", Statistics in Medicine 17:873–890, 1998), built from the two Wilson intervals.
 */

/** z for a two-sided 95 % interval: the 0.975 quantile of the standard normal. */
export const Z_95 = 1.959963984540054;

/** A count of successes out of a total, with the rate and its 95 % Wilson interval (null when the total is 0). */
export interface Proportion {
  readonly successes: number;
  readonly total: number;
  readonly rate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** A difference of two proportions (after − before) with its 95 % Newcombe interval. */
export interface ProportionDifference {
  readonly difference: number;
  readonly lower: number;
  readonly upper: number;
}

function checkCounts(successes: number, total: number): void {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total: expected a whole number >= 0, got ${total}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > total) {
    throw new RangeError(`successes: expected a whole number between 0 and total (${total}), got ${successes}`);
  }
}

/** `successes` out of `total` with the 95 % Wilson score interval. */
export function wilsonProportion(successes: number, total: number): Proportion {
  checkCounts(successes, total);
  if (total === 0) return { successes, total, rate: null, lower: null, upper: null };
  const p = successes / total;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  // At 0 or n successes the bound is exactly 0 or 1; rounding must not move it past.
  const lower = successes === 0 ? 0 : Math.max(0, centre - half);
  const upper = successes === total ? 1 : Math.min(1, centre + half);
  return { successes, total, rate: p, lower, upper };
}

/**
 * after − before with Newcombe's hybrid score interval, or null when either has no total. The
 * difference is significant at the 5 % level when the interval excludes 0.
 */
export function proportionDifference(after: Proportion, before: Proportion): ProportionDifference | null {
  if (after.rate === null || before.rate === null) return null;
  const { rate: p1, lower: l1, upper: u1 } = after;
  const { rate: p2, lower: l2, upper: u2 } = before;
  const difference = p1 - p2;
  const lower = difference - Math.sqrt((p1 - l1!) ** 2 + (u2! - p2) ** 2);
  const upper = difference + Math.sqrt((u1! - p1) ** 2 + (p2 - l2!) ** 2);
  return { difference, lower: Math.max(-1, lower), upper: Math.min(1, upper) };
}
