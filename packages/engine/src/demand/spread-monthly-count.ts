/**
 * Spreading a month's crime count over the hours of the week.
 *
 * data.police.uk gives each crime a month and nothing finer. Calls for service carry a timestamp,
 * so they give the weekly shape of demand: intensity w_h = calls in hour-of-week h / all calls
 * ({@link hourOfWeekIntensity}). Assume crimes follow the same weekly shape: crimes arrive as a
 * Poisson process whose rate in slot h is proportional to w_h. A month M contains n_h(M) instances
 * of slot h — 4 or 5, depending on how many of that weekday the month has
 * ({@link hourOfWeekOccurrences}). Given C crimes in M, each crime falls in slot h with
 * probability w_h·n_h(M) / Σ_k w_k·n_k(M) (conditioning a Poisson process on its total gives a
 * multinomial), so the expected count in slot h is
 *
 *     E_h(M) = C · w_h · n_h(M) / Σ_k w_k · n_k(M)
 *
 * which sums to C over the 168 slots exactly (up to floating point). The weekday weighting
 * matters: a month with five Saturdays holds more Saturday-night crime than one with four.
 */
import { HOURS_PER_WEEK } from './hour-of-week';
import { hourOfWeekOccurrences } from './month-calendar';

/** Checks an intensity: 168 finite non-negative values summing to 1 (within 1e-9). */
export function assertIntensity(intensity: readonly number[], field = 'intensity'): void {
  if (intensity.length !== HOURS_PER_WEEK) throw new RangeError(`${field}: expected ${HOURS_PER_WEEK} values, got ${intensity.length}`);
  let total = 0;
  intensity.forEach((value, hour) => {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${field}[${hour}]: expected a finite number >= 0, got ${value}`);
    total += value;
  });
  if (Math.abs(total - 1) > 1e-9) throw new RangeError(`${field}: expected values summing to 1, got ${total}`);
}

/**
 * The share of a month's crimes expected in each hour-of-week slot: w_h·n_h / Σ w·n (168 values
 * summing to 1). Multiply by the month's count to spread it.
 */
export function monthHourShares(month: string, intensity: readonly number[]): number[] {
  assertIntensity(intensity);
  const occurrences = hourOfWeekOccurrences(month);
  const weights = intensity.map((w, hour) => w * occurrences[hour]!);
  const total = weights.reduce((sum, value) => sum + value, 0);
  // Every weekday occurs at least 4 times in any month and the intensity sums to 1, so total > 0.
  return weights.map((weight) => weight / total);
}

/** Spreads `count` crimes of `month` over the 168 hours of the week (see the file comment). */
export function spreadMonthlyCount(options: { count: number; month: string; intensity: readonly number[] }): number[] {
  const { count, month, intensity } = options;
  if (!Number.isFinite(count) || count < 0) throw new RangeError(`count: expected a finite number >= 0, got ${count}`);
  return monthHourShares(month, intensity).map((share) => share * count);
}
