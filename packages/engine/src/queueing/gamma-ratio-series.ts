/**
 * The series behind the Erlang A (M/M/N+M) queue:
 *
 *   S_c(y) = Σ_{k≥0} T_k,   M_c(y) = Σ_{k≥0} k·T_k,   T_k = Π_{j=1}^{k} y / (c + j) = y^k Γ(c+1) / Γ(c+k+1).
 *
 * With c = Nμ/θ and y = λ/θ, T_k = π_{N+k} / π_N is the stationary probability of k callers
 * waiting relative to "all servers busy, nobody waiting", so S and M are the queue's mass and mean
 * length (relative to π_N). S_c(y) = c·e^y·y^{−c}·γ(c, y), the lower incomplete gamma function
 * (Abramowitz & Stegun 6.5.29) — the form Mandelbaum & Zeltyn (2007) write Erlang A in.
 *
 * Summed term by term, positive terms only, so nothing cancels. T_k can be astronomically large
 * (overloaded queues: λ ≫ Nμ with patient callers), so the sum starts at the largest term
 * k* = ⌊y − c⌋, whose logarithm comes from {@link logGammaRatio}, and walks out both ways in
 * units of that term until the rest is provably below 1e-17 of the sum (the term ratios fall
 * monotonically away from k*, so the tails are bounded by geometric series). The cost is
 * O(√y + number of terms above 1e-17 of the peak): a few hundred terms for call-centre sizes.
 */
import { logGammaRatio } from './log-gamma-ratio';

/** A sum carried as `value · e^{logScale}` so it can exceed the double range. */
export interface ScaledSeries {
  /** ln of the unit the sums are counted in (the largest term). */
  readonly logScale: number;
  /** S_c(y) / e^{logScale}. */
  readonly sum: number;
  /** M_c(y) / e^{logScale}. */
  readonly firstMoment: number;
}

const RELATIVE_TAIL = 1e-17;

/** S_c(y) and M_c(y), scaled, for y >= 0 and c > 0. */
export function gammaRatioSeries(y: number, c: number): ScaledSeries {
  if (y === 0) return { logScale: 0, sum: 1, firstMoment: 0 };
  // T_k / T_{k−1} = y / (c + k) >= 1 exactly while k <= y − c: the largest term is at k*.
  const peak = Math.max(0, Math.floor(y - c));
  const logScale = peak === 0 ? 0 : peak * Math.log(y) - logGammaRatio(c + 1, peak);
  let sum = 1;
  let firstMoment = peak;

  // Upwards: ratios y/(c + k + 1) < 1 and falling, so the tail after k is <= T_k · r / (1 − r).
  let term = 1;
  for (let k = peak + 1; ; k++) {
    term *= y / (c + k);
    sum += term;
    firstMoment += k * term;
    const ratio = y / (c + k + 1);
    const momentRatio = (ratio * (k + 1)) / k;
    if (momentRatio < 1 && (term * ratio) / (1 - ratio) <= RELATIVE_TAIL * sum && (k * term * momentRatio) / (1 - momentRatio) <= RELATIVE_TAIL * firstMoment) break;
  }

  // Downwards from the peak: T_{k−1} / T_k = (c + k) / y < 1 and falling as k falls.
  term = 1;
  for (let k = peak - 1; k >= 0; k--) {
    term *= (c + k + 1) / y;
    sum += term;
    firstMoment += k * term;
    const ratio = (c + k) / y;
    const tail = (term * ratio) / (1 - ratio);
    if (tail <= RELATIVE_TAIL * sum && k * tail <= RELATIVE_TAIL * firstMoment) break;
  }
  return { logScale, sum, firstMoment };
}

/** ln S_c(y) from a scaled series. */
export function logSeriesSum(series: ScaledSeries): number {
  return series.logScale + Math.log(series.sum);
}
