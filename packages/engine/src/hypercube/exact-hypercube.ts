/**
 * The exact hypercube queueing model with an infinite FCFS queue (Larson 1974, "A hypercube queuing
 * model for facility location and redistricting in urban emergency services", Computers & OR 1(1);
 * Larson & Odoni, *Urban Operations Research*, 1981, §5.4).
 *
 * State: which of the N units are busy (a vertex of the N-cube, bit n = unit n busy). A call from
 * atom j goes to the first free unit in j's preference order; a unit finishes at rate μ. When all N
 * are busy calls queue; that tail is M/M/N-like (arrivals λ, completions Nμ), so P(all busy, k
 * queued) = P(all busy, none queued)·r^k with r = λ/(Nμ), and the whole tail is folded into the
 * all-busy vertex, which then leaves to each "one unit free" vertex at rate μ(1 − r).
 *
 * The balance equations are solved by Gauss–Seidel sweeps over the sparse generator (each vertex
 * exchanges probability only with its N neighbours), as Larson & Odoni describe. Each sweep ends by
 * rescaling every level (vertices with k busy units) to its exact total, the M/M/N probability of k
 * busy — exact because every call finds a free unit when there is one, whatever the dispatch policy
 * — an aggregation–disaggregation step that makes the sweeps converge in tens of iterations.
 */
import { buildDispatchSystem, type DispatchSystem } from './dispatch-system';
import { summarise, unstableResult } from './hypercube-measures';
import { mmnLevels } from './mmn-levels';
import type { HypercubeInput, HypercubeOptions, HypercubeResult } from './types';

/** The largest N the exact model accepts: 2^16 states; beyond that use {@link approximateHypercube}. */
export const MAX_EXACT_UNITS = 16;

const DEFAULT_TOLERANCE = 1e-12;
const DEFAULT_MAX_SWEEPS = 10_000;

/**
 * Solves the exact hypercube model. Throws RangeError naming a bad field (or N > 16); returns the
 * typed unstable result when Σλ >= Nμ.
 */
export function solveHypercube(input: HypercubeInput, options: HypercubeOptions = {}): HypercubeResult {
  const system = buildDispatchSystem(input);
  if (system.units > MAX_EXACT_UNITS) {
    throw new RangeError(`units: the exact hypercube has 2^N states and accepts N <= ${MAX_EXACT_UNITS}, got ${system.units}; use the approximation (A-hypercube)`);
  }
  if (system.offeredLoad >= system.units) return unstableResult(system);
  const { probabilities, sweeps, converged } = solveStateProbabilities(system, options);
  return summarise(system, {
    method: 'exact',
    ...measuresFromStates(system, probabilities),
    iterations: sweeps,
    converged,
  });
}

/** A preference order shared by one or more atoms, with their total rate. */
interface DispatchGroup {
  readonly order: Int32Array;
  rate: number;
  readonly atoms: number[];
}

/** Atoms with the same full order dispatch identically; solving per group saves work. */
function groupAtoms(system: DispatchSystem): DispatchGroup[] {
  const groups = new Map<string, DispatchGroup>();
  system.orders.forEach((order, j) => {
    const key = order.join(',');
    const group = groups.get(key) ?? { order, rate: 0, atoms: [] };
    group.rate += system.atomRates[j]!;
    group.atoms.push(j);
    groups.set(key, group);
  });
  return [...groups.values()];
}

/** The first free unit of `order` in state `state` (the caller ensures one is free). */
function firstFree(order: Int32Array, state: number): number {
  for (let k = 0; k < order.length; k++) {
    const unit = order[k]!;
    if ((state & (1 << unit)) === 0) return unit;
  }
  return -1;
}

function popcount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Stationary probabilities of the 2^N vertices (the all-busy vertex holding its whole queue tail). */
function solveStateProbabilities(system: DispatchSystem, options: HypercubeOptions): { probabilities: Float64Array; sweeps: number; converged: boolean } {
  const { units, serviceRate: mu, totalArrivalRate: lambda } = system;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxSweeps = options.maxIterations ?? DEFAULT_MAX_SWEEPS;
  const states = 1 << units;
  const full = states - 1;
  const r = lambda / (units * mu);
  const mmn = mmnLevels(units, system.offeredLoad);

  // up[s·N + u]: the arrival rate that makes unit u busy in state s (the first free unit of the call's order).
  const up = new Float64Array(states * units);
  for (const group of groupAtoms(system)) {
    if (group.rate === 0) continue;
    for (let s = 0; s < full; s++) up[s * units + firstFree(group.order, s)]! += group.rate;
  }
  const level = new Uint8Array(states);
  const outRate = new Float64Array(states);
  for (let s = 0; s < full; s++) {
    level[s] = popcount(s);
    outRate[s] = lambda + level[s]! * mu;
  }
  level[full] = units;
  outRate[full] = units * mu * (1 - r);

  // Exact level totals; start each level spread evenly over its vertices (exact when all is symmetric).
  const levelTotal = new Float64Array(units + 1);
  levelTotal.set(mmn.levels);
  levelTotal[units] = mmn.probAllBusy;
  const binomial = new Float64Array(units + 1);
  binomial[0] = 1;
  for (let k = 1; k <= units; k++) binomial[k] = (binomial[k - 1]! * (units - k + 1)) / k;
  const pi = new Float64Array(states);
  for (let s = 0; s < states; s++) pi[s] = levelTotal[level[s]!]! / binomial[level[s]!]!;

  const levelSum = new Float64Array(units + 1);
  const downFromFull = mu * (1 - r);
  let sweeps = 0;
  let converged = false;
  while (sweeps < maxSweeps && !converged) {
    sweeps++;
    let largestChange = 0;
    for (let s = 0; s < states; s++) {
      let inflow = 0;
      for (let u = 0; u < units; u++) {
        const bit = 1 << u;
        if (s & bit) {
          const from = s ^ bit; // a call made unit u busy
          inflow += pi[from]! * up[from * units + u]!;
        } else {
          const from = s | bit; // unit u finished a job
          inflow += pi[from]! * (from === full ? downFromFull : mu);
        }
      }
      const next = inflow / outRate[s]!;
      const old = pi[s]!;
      if (old > 0) largestChange = Math.max(largestChange, Math.abs(next - old) / old);
      else if (next > 0) largestChange = Infinity;
      pi[s] = next;
    }
    levelSum.fill(0);
    for (let s = 0; s < states; s++) levelSum[level[s]!]! += pi[s]!;
    for (let s = 0; s < states; s++) {
      const sum = levelSum[level[s]!]!;
      pi[s] = sum > 0 ? (pi[s]! * levelTotal[level[s]!]!) / sum : 0;
    }
    converged = largestChange < tolerance;
  }
  return { probabilities: pi, sweeps, converged };
}

/** Workloads, P(all busy) and per-atom dispatch fractions from the vertex probabilities. */
function measuresFromStates(system: DispatchSystem, pi: Float64Array): { workloads: Float64Array; probAllBusy: number; fractions: Float64Array[] } {
  const { units } = system;
  const full = (1 << units) - 1;
  const probAllBusy = pi[full]!;
  const workloads = new Float64Array(units);
  for (let s = 0; s < full; s++) {
    for (let u = 0; u < units; u++) if (s & (1 << u)) workloads[u]! += pi[s]!;
  }
  for (let u = 0; u < units; u++) workloads[u]! += probAllBusy;

  // A call sees the time-stationary state (PASTA): it goes to the first free unit of its order, or
  // waits (probability P(all busy)) and then goes to the next unit to free, each with chance 1/N.
  const fractions = system.orders.map(() => new Float64Array(units));
  for (const group of groupAtoms(system)) {
    const row = new Float64Array(units);
    for (let s = 0; s < full; s++) row[firstFree(group.order, s)]! += pi[s]!;
    for (let u = 0; u < units; u++) row[u]! += probAllBusy / units;
    for (const j of group.atoms) fractions[j]!.set(row);
  }
  return { workloads, probAllBusy, fractions };
}
