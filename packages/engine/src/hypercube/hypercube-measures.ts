/**
 * Performance measures both solvers derive the same way from workloads and dispatch fractions
 * (Larson & Odoni, *Urban Operations Research*, 1981, §5.4.4 and §5.6).
 */
import { erlangs, minutes, probability } from '../units';
import type { DispatchSystem } from './dispatch-system';
import type { HypercubeSolution, UnstableHypercube } from './types';

/** What a solver computed, before the shared measures are added. */
export interface SolverOutput {
  readonly method: HypercubeSolution['method'];
  readonly workloads: Float64Array;
  readonly probAllBusy: number;
  /** Per atom, the fraction of its calls each unit serves (rows sum to 1). */
  readonly fractions: readonly Float64Array[];
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * The solution with the interresponse fraction and mean travel time. Interresponse: a call served
 * by a unit other than its atom's first preference (§5.6), weighted by the atoms' arrival rates.
 * Travel: Σ_j (λ_j/λ) Σ_n f_jn τ_jn; a queued call is charged τ_jn of the unit that takes it, i.e.
 * the model's τ_jn (travel of unit n, when free, to atom j) is used for every dispatch.
 */
export function summarise(system: DispatchSystem, output: SolverOutput): HypercubeSolution {
  const lambda = system.totalArrivalRate;
  let interResponse = 0;
  let travel = 0;
  output.fractions.forEach((row, j) => {
    const weight = system.atomRates[j]! / lambda;
    interResponse += weight * (1 - row[system.orders[j]![0]!]!);
    const times = system.travelMin?.[j];
    if (times) row.forEach((fraction, n) => (travel += weight * fraction * times[n]!));
  });
  return {
    stable: true,
    method: output.method,
    units: system.units,
    workloads: Array.from(output.workloads, (rho) => probability(clamp01(rho))),
    probAllBusy: probability(clamp01(output.probAllBusy)),
    dispatchFractions: output.fractions.map((row) => Array.from(row, (fraction) => probability(clamp01(fraction)))),
    fractionInterResponse: probability(clamp01(interResponse)),
    ...(system.travelMin ? { meanTravelMin: minutes(travel) } : {}),
    iterations: output.iterations,
    converged: output.converged,
  };
}

/** The typed result for Σλ >= Nμ. */
export function unstableResult(system: DispatchSystem): UnstableHypercube {
  const { units, serviceRate, totalArrivalRate, offeredLoad } = system;
  return {
    stable: false,
    units,
    offeredLoad: erlangs(offeredLoad),
    reason:
      `unstable: the calls arrive at ${round(totalArrivalRate)}/h but ${units} unit${units === 1 ? '' : 's'} at ${round(serviceRate)}/h each ` +
      `complete at most ${round(units * serviceRate)}/h (offered load ${round(offeredLoad)} Erlangs >= ${units}), so the queue grows without bound`,
  };
}

/** Rounding noise can put a probability a hair outside [0, 1]. */
function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round(value: number): string {
  return String(Number(value.toPrecision(6)));
}
