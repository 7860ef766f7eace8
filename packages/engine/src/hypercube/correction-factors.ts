/**
 * Larson's correction factors Q(N, ρ, j) for the A-hypercube with an infinite queue (Larson 1975,
 * "Approximating the performance of urban emergency service systems", Operations Research 23(5);
 * Larson & Odoni, *Urban Operations Research*, 1981, §5.5.1, eq. 5.48):
 *
 *   Q(N, ρ, j) = Σ_{k=j}^{N−1} [(N−j−1)! (N−k) / (k−j)!] · [N^k ρ^(k−j) / N!] · P₀ / (1 − ρ)
 *
 * where ρ = λ/(Nμ) and P₀ = P(no unit busy) in M/M/N. Q(N, ρ, j)·ρ^j·(1 − ρ) is the exact
 * probability, in a symmetric M/M/N, that j named units are busy and another named unit is free;
 * it corrects the independence assumption ρ^j (1 − ρ). Summed in log space so that N = 100 or
 * 1,000 neither overflows nor underflows; for large N at low load Q itself exceeds the largest
 * double (while Q·ρ^j stays small), so the solver works with ln Q.
 */
import { logFactorials, logSumExp, mmnLevels } from './mmn-levels';

/** Q(N, ρ, j) for j = 0 … N−1, given N >= 1 and 0 < ρ < 1 (Infinity where Q overflows a double). */
export function correctionFactors(units: number, utilisation: number): Float64Array {
  return logCorrectionFactors(units, utilisation).map(Math.exp);
}

/** ln Q(N, ρ, j) for j = 0 … N−1, given N >= 1 and 0 < ρ < 1. Throws RangeError on other values. */
export function logCorrectionFactors(units: number, utilisation: number): Float64Array {
  if (!(Number.isInteger(units) && units >= 1)) throw new RangeError(`units: expected a whole number >= 1, got ${units}`);
  if (!(utilisation > 0 && utilisation < 1)) throw new RangeError(`utilisation: expected 0 < ρ < 1, got ${utilisation}`);
  const { logP0 } = mmnLevels(units, units * utilisation);
  const logFact = logFactorials(units);
  const logN = Math.log(units);
  const logRho = Math.log(utilisation);
  const constant = logP0 - logFact[units]! - Math.log1p(-utilisation);
  const factors = new Float64Array(units);
  const terms = new Float64Array(units);
  for (let j = 0; j < units; j++) {
    const count = units - j;
    for (let k = j; k < units; k++) {
      terms[k - j] = logFact[units - j - 1]! + Math.log(units - k) - logFact[k - j]! + k * logN + (k - j) * logRho + constant;
    }
    factors[j] = logSumExp(terms.subarray(0, count));
  }
  return factors;
}
