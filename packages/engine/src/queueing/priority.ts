/**
 * M/M/N with non-preemptive priority classes sharing one exponential service rate — Grade 1, 2
 * and 3 incidents queueing for the same officers, a higher grade always taken first, nobody
 * pulled off a job already started. Cobham's formula (Cobham, "Priority assignment in waiting
 * line problems", J. Operations Research Society of America 2(1), 1954; Gross et al., "Fundamentals of Queueing
 * Theory", 4th ed., 2008, §3.4) gives the mean wait of class k (1 = highest):
 *
 *   W_k = [C(N, A) / (Nμ)] / ((1 − σ_{k−1})(1 − σ_k)),   σ_k = Σ_{i≤k} λ_i / (Nμ),  σ_0 = 0,
 *
 * where C(N, A) is Erlang C for the total load (an arrival waits exactly when all N are busy,
 * whatever its class) and C/(Nμ) is the mean time until the next server frees up. With one class
 * it is Erlang C's mean wait, and the λ-weighted mean over classes is always the FCFS Erlang C
 * mean wait (the conservation law: Kleinrock, "Queueing Systems" vol. 2, 1976, §3.4): priority
 * moves waiting between classes, it does not remove it.
 */
import { erlangs, minutes, probability, type Erlangs, type Minutes, type PerHour, type Probability } from '../units';
import { requireNonNegative, requirePositive, requireServers } from './check-arguments';
import { erlangBRecursion } from './erlang-b';
import { erlangCFromBlocking } from './erlang-c';
import { unstableQueue, type UnstableQueue } from './unstable-queue';

/** Inputs: one arrival rate per class, highest priority first. */
export interface PriorityInput {
  /** λ_k per class, per hour, highest priority first. */
  readonly arrivalRates: readonly PerHour[];
  /** Mean (exponential) service time, the same for every class. */
  readonly meanServiceTime: Minutes;
  /** Servers N. */
  readonly servers: number;
}

/** Per-class waits of a stable priority queue. */
export interface PriorityStable {
  readonly stable: true;
  /** Total offered load in Erlangs. */
  readonly offeredLoad: Erlangs;
  /** P(an arrival of any class waits) = C(N, A). */
  readonly probWait: Probability;
  /** Mean wait per class, in the order given. */
  readonly meanWait: readonly Minutes[];
}

/** Result of {@link priorityQueue}: the waits, or a typed "unstable" when the total load A ≥ N. */
export type PriorityResult = PriorityStable | UnstableQueue;

/** Mean wait per class in an M/M/N non-preemptive priority queue (Cobham 1954). */
export function priorityQueue(input: PriorityInput): PriorityResult {
  const { arrivalRates, meanServiceTime, servers } = input;
  if (arrivalRates.length === 0) throw new RangeError('arrivalRates must list at least one class');
  arrivalRates.forEach((rate, index) => requireNonNegative(`arrivalRates[${index}]`, rate));
  requirePositive('meanServiceTime', meanServiceTime);
  requireServers('servers', servers);

  // Loads per class in Erlangs; σ_k = cumulative load / N.
  const loads = arrivalRates.map((rate) => (rate * meanServiceTime) / 60);
  const total = loads.reduce((sum, load) => sum + load, 0);
  if (total >= servers) return unstableQueue(erlangs(total), servers);
  const probWait = erlangCFromBlocking(total, servers, erlangBRecursion(total, servers));
  const meanResidual = (probWait * meanServiceTime) / servers; // C / (Nμ), in minutes

  const meanWait: Minutes[] = [];
  let above = 0; // σ_{k−1}
  for (const load of loads) {
    const through = above + load / servers; // σ_k
    meanWait.push(minutes(meanResidual / ((1 - above) * (1 - through))));
    above = through;
  }
  return { stable: true, offeredLoad: erlangs(total), probWait: probability(probWait), meanWait };
}
