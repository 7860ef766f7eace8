/**
 * The A-hypercube: Larson's approximation of the hypercube model with an infinite queue (Larson
 * 1975, "Approximating the performance of urban emergency service systems", Operations Research
 * 23(5); Larson & Odoni, *Urban Operations Research*, 1981, §5.5). N equations instead of 2^N.
 *
 * The probability that a call from atom j finds its first k−1 preferred units busy and its k-th,
 * unit n, free is approximated by Q(N, ρ, k−1)·ρ_{m_j1}…ρ_{m_j,k−1}·(1 − ρ_n) — independent units,
 * corrected by Q for the positive correlation of busy units. Writing V_n for the assignment rate
 * to n before the (1 − ρ_n) factor, in mean service times,
 *
 *   V_n = Σ_j (λ_j/μ) Σ_k [m_jk = n] Q(N, ρ, k−1) Π_{l<k} ρ_{m_jl},
 *   ρ_n = (1 − ρ_n)·V_n + (λ/μ)·P_Q/N   ⇒   ρ_n = (V_n + (λ/μ) P_Q/N) / (1 + V_n),
 *
 * the last term being queued calls shared equally (P_Q = P(all busy), Erlang C). The workloads are
 * then normalised so that Σ ρ_n = λ/μ, which holds exactly (every call is served). The iteration
 * is Jacobi's (every ρ_n from the previous iterate), starting from ρ_n = ρ, as in Larson & Odoni's
 * three-server example (§5.5.3), whose third iterate this reproduces.
 *
 * Dispatch fractions (Larson & Odoni problem 5.11) use the same product form; each atom's row of
 * immediate dispatches is scaled to sum to 1 − P_Q (the approximation alone need not), and queued
 * calls add P_Q/N to every unit.
 */
import { buildDispatchSystem } from './dispatch-system';
import { logCorrectionFactors } from './correction-factors';
import { summarise, unstableResult } from './hypercube-measures';
import { mmnLevels } from './mmn-levels';
import type { HypercubeInput, HypercubeOptions, HypercubeResult } from './types';

const DEFAULT_TOLERANCE = 1e-12;
const DEFAULT_MAX_ITERATIONS = 1_000;

/**
 * Solves the A-hypercube. Throws RangeError naming a bad field; returns the typed unstable result
 * when Σλ >= Nμ.
 */
export function approximateHypercube(input: HypercubeInput, options: HypercubeOptions = {}): HypercubeResult {
  const system = buildDispatchSystem(input);
  if (system.offeredLoad >= system.units) return unstableResult(system);
  const { units, serviceRate, atomRates, orders, offeredLoad } = system;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const utilisation = offeredLoad / units;
  // Q·Π ρ is built step by step from ratios Q(k)/Q(k−1): Q alone can overflow a double at large N
  // and low load, the product cannot, and multiplying avoids an exp/log per term in the hot loop.
  const logQ = logCorrectionFactors(units, utilisation);
  const qStep = new Float64Array(units);
  for (let k = 1; k < units; k++) qStep[k] = Math.exp(logQ[k]! - logQ[k - 1]!);
  const q0 = Math.exp(logQ[0]!);
  const probAllBusy = mmnLevels(units, offeredLoad).probAllBusy;
  const queuedShare = (offeredLoad * probAllBusy) / units;
  const atoms = orders.length;
  const flatOrders = new Int32Array(atoms * units);
  orders.forEach((order, j) => flatOrders.set(order, j * units));
  const loads = Float64Array.from(atomRates, (rate) => rate / serviceRate);

  /** Q(N, ρ, k)·Π_{l<k} ρ_{m_jl} for each position k of atom j's order, passed to `visit`. */
  const walk = (rho: Float64Array, j: number, visit: (unit: number, term: number) => void) => {
    let term = q0;
    const base = j * units;
    for (let k = 0; k < units && term > 0; k++) {
      const unit = flatOrders[base + k]!;
      visit(unit, term);
      if (k + 1 < units) term *= rho[unit]! * qStep[k + 1]!;
    }
  };

  let rho = new Float64Array(units).fill(utilisation);
  const v = new Float64Array(units);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    v.fill(0);
    for (let j = 0; j < atoms; j++) {
      const load = loads[j]!;
      if (load === 0) continue;
      // `walk` inlined: this loop is the whole cost of an iteration (a closure call per term is ~25 % slower).
      let term = q0;
      const base = j * units;
      for (let k = 0; k < units && term > 0; k++) {
        const unit = flatOrders[base + k]!;
        v[unit]! += load * term;
        if (k + 1 < units) term *= rho[unit]! * qStep[k + 1]!;
      }
    }
    const next = new Float64Array(units);
    let sum = 0;
    for (let n = 0; n < units; n++) {
      next[n] = (v[n]! + queuedShare) / (1 + v[n]!);
      sum += next[n]!;
    }
    let largestChange = 0;
    for (let n = 0; n < units; n++) {
      next[n] = (next[n]! * offeredLoad) / sum;
      largestChange = Math.max(largestChange, Math.abs(next[n]! - rho[n]!));
    }
    rho = next;
    converged = largestChange < tolerance;
  }

  const fractions = orders.map((_, j) => {
    const row = new Float64Array(units);
    let immediate = 0;
    walk(rho, j, (unit, term) => {
      row[unit] = term * (1 - rho[unit]!);
      immediate += row[unit]!;
    });
    for (let n = 0; n < units; n++) row[n] = (row[n]! * (1 - probAllBusy)) / immediate + probAllBusy / units;
    return row;
  });

  return summarise(system, { method: 'approximate', workloads: rho, probAllBusy, fractions, iterations, converged });
}
