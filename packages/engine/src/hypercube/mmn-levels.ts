/**
 * Level probabilities of M/M/N with an infinite FCFS queue, in log space so that N in the
 * thousands neither overflows nor underflows. In the hypercube model the number of busy units is
 * exactly this birth–death process whatever the dispatch policy (every call finds a free unit if
 * there is one), so these are both the exact level sums of the hypercube's state probabilities and
 * the ingredients of Larson's correction factors (Larson & Odoni, *Urban Operations Research*,
 * 1981, §5.5.1).
 *
 * Kept private to the hypercube so that it does not depend on the Erlang module built alongside it.
 */

/** M/M/N level probabilities: `levels[k]` = P(k busy, no queue) for k < N, and P(all N busy). */
export interface MmnLevels {
  /** P(exactly k units busy) for k = 0 … N−1. */
  readonly levels: Float64Array;
  /** P(all N busy), queue or not: Erlang C's probability of waiting. */
  readonly probAllBusy: number;
  /** ln P(0 busy), for formulas that need it without underflow. */
  readonly logP0: number;
}

/** ln(k!) for k = 0 … n, by summing logs (exact enough for the n here; no gamma function in JS). */
export function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let k = 1; k <= n; k++) table[k] = table[k - 1]! + Math.log(k);
  return table;
}

/** ln Σ exp(terms), without overflow. */
export function logSumExp(terms: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < terms.length; i++) max = Math.max(max, terms[i]!);
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = 0; i < terms.length; i++) sum += Math.exp(terms[i]! - max);
  return max + Math.log(sum);
}

/**
 * Level probabilities of M/M/N/∞ with offered load `offeredLoad` = λ/μ (Erlangs) and `units` = N.
 * The caller guarantees 0 < offeredLoad < N (a stable queue).
 */
export function mmnLevels(units: number, offeredLoad: number): MmnLevels {
  const logFact = logFactorials(units);
  const logA = Math.log(offeredLoad);
  const utilisation = offeredLoad / units;
  // Unnormalised ln terms: a^k / k! for k < N, and a^N / (N! (1 − ρ)) for the whole all-busy tail.
  const terms = new Float64Array(units + 1);
  for (let k = 0; k < units; k++) terms[k] = k * logA - logFact[k]!;
  terms[units] = units * logA - logFact[units]! - Math.log1p(-utilisation);
  const logZ = logSumExp(terms);
  const levels = new Float64Array(units);
  for (let k = 0; k < units; k++) levels[k] = Math.exp(terms[k]! - logZ);
  return { levels, probAllBusy: Math.exp(terms[units]! - logZ), logP0: -logZ };
}
