/**
 * Erlang C: the M/M/N queue (Poisson arrivals, exponential service, N servers, unlimited FCFS
 * queue, nobody abandons). Formulas as in Gross, Shortle, Thompson & Harris, "Fundamentals of
 * Queueing Theory" (4th ed., 2008), §2.3:
 *   C(N, A) = N·B / (N − A·(1 − B))            with B = Erlang B(N, A)   (P(wait > 0))
 *   E[Wq]   = C / (Nμ − λ)                                                 (mean wait)
 *   P(Wq ≤ t) = 1 − C · e^{−(Nμ − λ)·t}                                    (service level)
 *   utilisation = A / N
 * Going through Erlang B keeps every step in [0, 1], so it is stable for any N.
 */
import { minutes, probability, type Erlangs, type Minutes, type PerHour, type Probability } from '../units';
import { requireNonNegative, requireServers } from './check-arguments';
import { erlangBRecursion } from './erlang-b';
import { offeredLoad as computeOfferedLoad } from './offered-load';
import { unstableQueue, type UnstableQueue } from './unstable-queue';

/** Inputs of the M/M/N model. Rates per hour, times in minutes. */
export interface ErlangCInput {
  /** Poisson arrival rate λ. */
  readonly arrivalRate: PerHour;
  /** Mean (exponential) service time 1/μ. */
  readonly meanServiceTime: Minutes;
  /** Servers N (call handlers, officers). */
  readonly servers: number;
  /** Answer-time target t for the service level; without it `serviceLevel` is null. */
  readonly targetWait?: Minutes;
}

/** Steady-state measures of a stable M/M/N queue (A < N). */
export interface ErlangCStable {
  readonly stable: true;
  /** Offered load A = λ/μ in Erlangs. */
  readonly offeredLoad: Erlangs;
  /** P(an arrival waits at all) = C(N, A). */
  readonly probWait: Probability;
  /** Mean wait in the queue over all arrivals (those answered at once count 0). */
  readonly meanWait: Minutes;
  /** P(wait ≤ targetWait), or null when no target was given. */
  readonly serviceLevel: Probability | null;
  /** Fraction of server time busy, A / N. */
  readonly utilisation: Probability;
}

/** Result of {@link erlangC}: the measures, or a typed "unstable" when A ≥ N. */
export type ErlangCResult = ErlangCStable | UnstableQueue;

/** The M/M/N (Erlang C) model. Throws RangeError for negative/NaN inputs or N < 1; returns `{ stable: false }` when A ≥ N. */
export function erlangC(input: ErlangCInput): ErlangCResult {
  const { arrivalRate, meanServiceTime, servers, targetWait } = input;
  const load = computeOfferedLoad(arrivalRate, meanServiceTime);
  requireServers('servers', servers);
  if (targetWait !== undefined) requireNonNegative('targetWait', targetWait);
  if (load >= servers) return unstableQueue(load, servers);
  const probWait = erlangCFromBlocking(load, servers, erlangBRecursion(load, servers));
  return {
    stable: true,
    offeredLoad: load,
    probWait: probability(probWait),
    meanWait: minutes((probWait * meanServiceTime) / (servers - load)),
    serviceLevel: targetWait === undefined ? null : probability(erlangCServiceLevel({ load, servers, probWait, meanServiceTime, targetWait })),
    utilisation: probability(load / servers),
  };
}

/**
 * C(N, A), the probability that an arrival waits, for offered load A and N servers. When A ≥ N the
 * queue is unstable and, in the long run, every arrival waits, so this returns 1.
 */
export function erlangCProbWait(offeredLoad: Erlangs, servers: number): Probability {
  requireNonNegative('offeredLoad', offeredLoad);
  requireServers('servers', servers);
  if (offeredLoad >= servers) return probability(1);
  return probability(erlangCFromBlocking(offeredLoad, servers, erlangBRecursion(offeredLoad, servers)));
}

/** C(N, A) from B(N, A) (A < N). The denominator is (N − A) + A·B > 0, so no cancellation. */
export function erlangCFromBlocking(load: number, servers: number, blocking: number): number {
  return (servers * blocking) / (servers - load + load * blocking);
}

/** 1 − C·e^{−(N − A)·t/m}: the probability of waiting at most t (A < N). */
export function erlangCServiceLevel(args: { load: number; servers: number; probWait: number; meanServiceTime: number; targetWait: number }): number {
  const { load, servers, probWait, meanServiceTime, targetWait } = args;
  return 1 - probWait * Math.exp((-(servers - load) * targetWait) / meanServiceTime);
}
