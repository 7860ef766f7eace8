/** Inputs and results of the hypercube queueing models (exact and approximate). */
import type { Erlangs, Minutes, PerHour, Probability } from '../units';

/** A geographical atom (reporting area): a Poisson source of calls with its dispatch preference list. */
export interface HypercubeAtom {
  /** Calls per hour from this atom (λ_j), >= 0. */
  readonly arrivalRate: PerHour;
  /**
   * Unit indices (0-based) in dispatch preference order: the call goes to the first free unit in
   * the list. A prefix of a full ordering is allowed: the unlisted units follow in ascending index
   * order (see {@link completePreference}), so a call waits only when all N units are busy.
   */
  readonly preference: readonly number[];
}

/** A hypercube system: N distinguishable units, a common exponential service rate, atoms. */
export interface HypercubeInput {
  /** Jobs per hour one unit completes (μ), the same for every unit; mean service time is 1/μ. */
  readonly serviceRate: PerHour;
  /** The atoms, at least one; their total arrival rate must be > 0. */
  readonly atoms: readonly HypercubeAtom[];
  /** Mean travel time in minutes from unit n (when free) to atom j, as `travelMin[j][n]`. */
  readonly travelMin?: readonly (readonly Minutes[])[];
  /** Number of units N; by default the length of the longest preference list. */
  readonly units?: number;
}

/** What both hypercube solvers return for a stable system. */
export interface HypercubeSolution {
  readonly stable: true;
  /** `exact`: the 2^N-state chain; `approximate`: Larson's A-hypercube. */
  readonly method: 'exact' | 'approximate';
  /** N. */
  readonly units: number;
  /** ρ_n: the fraction of time unit n is busy (serving queued calls included). */
  readonly workloads: Probability[];
  /** P(all N units busy), which equals Erlang C's probability that a call waits. */
  readonly probAllBusy: Probability;
  /**
   * `dispatchFractions[j][n]`: the fraction of calls from atom j that unit n serves; each row sums
   * to 1. Calls that wait in the queue go to whichever unit frees first: 1/N to each unit, since
   * all units are busy and share one exponential service rate (Larson & Odoni §5.4.4).
   */
  readonly dispatchFractions: Probability[][];
  /** Fraction of all calls served by a unit other than their atom's first preference. */
  readonly fractionInterResponse: Probability;
  /** Mean travel time over all calls, when a travel-time matrix was given. */
  readonly meanTravelMin?: Minutes;
  /** Sweeps (exact) or workload iterations (approximate) used. */
  readonly iterations: number;
  /** Whether the iteration met its tolerance within its iteration limit. */
  readonly converged: boolean;
}

/** The honest answer when Σλ >= Nμ: the queue grows without bound, so there is no steady state. */
export interface UnstableHypercube {
  readonly stable: false;
  readonly units: number;
  /** λ/μ in Erlangs, >= N. */
  readonly offeredLoad: Erlangs;
  /** A sentence saying why, with the numbers. */
  readonly reason: string;
}

/** Either a solution or the typed unstable result. */
export type HypercubeResult = HypercubeSolution | UnstableHypercube;

/** Iteration controls shared by both solvers. */
export interface HypercubeOptions {
  /** Stop when the largest change in an iteration falls below this (relative for the exact sweep). */
  readonly tolerance?: number;
  /** Give up (with `converged: false`) after this many iterations. */
  readonly maxIterations?: number;
}
