/**
 * Staffing by Erlang C: the smallest number of servers N whose service level P(wait ≤ t) reaches a
 * target (and, optionally, whose utilisation A/N stays under a cap), then the posts needed to field
 * N after abstraction: posts = ⌈N / (1 − abstraction)⌉ (abstraction — leave, training, court,
 * sickness — is the fraction of paid time a post is not available; call centres call it shrinkage).
 *
 * The service level 1 − C(N, A)·e^{−(N − A)t/m} rises with N (C falls and the exponent grows), so
 * the search starts at the first stable N = ⌊A⌋ + 1 and steps up, carrying Erlang B forward by one
 * O(1) recursion step per N. The answer lies O(√A) above A (square-root staffing: Halfin & Whitt,
 * "Heavy-traffic limits for queues with many exponential servers", Operations Research 29(3),
 * 1981), so the walk is short: O(A) for the first Erlang B, then O(√A) steps.
 */
import { erlangs, minutes, probability, type Erlangs, type Minutes, type PerHour, type Probability } from '../units';
import { requireInHalfOpen, requireInLeftOpen, requireNonNegative } from './check-arguments';
import { erlangBRecursion, erlangBStep } from './erlang-b';
import { erlangCFromBlocking, erlangCServiceLevel } from './erlang-c';
import { offeredLoad as computeOfferedLoad } from './offered-load';

/** What the staffing has to achieve. Rates per hour, times in minutes. */
export interface StaffingInput {
  /** Poisson arrival rate λ. */
  readonly arrivalRate: PerHour;
  /** Mean (exponential) service time. */
  readonly meanServiceTime: Minutes;
  /** Answer-time target t. */
  readonly targetWait: Minutes;
  /** Required P(wait ≤ t), in [0, 1): no finite N answers every call within t. */
  readonly serviceLevel: Probability;
  /** Optional cap on utilisation A/N, in (0, 1]. */
  readonly maxUtilisation?: Probability;
  /** Fraction of a post's time abstracted, in [0, 1); default 0. */
  readonly abstraction?: Probability;
}

/** The staffing found and what it achieves. */
export interface StaffingResult {
  /** Offered load A in Erlangs. */
  readonly offeredLoad: Erlangs;
  /** Smallest N on duty meeting the service level (and utilisation cap). */
  readonly servers: number;
  /** Posts to establish so that N are on duty after abstraction. */
  readonly posts: number;
  /** P(wait ≤ t) with N servers. */
  readonly serviceLevel: Probability;
  /** P(wait > 0) with N servers. */
  readonly probWait: Probability;
  /** Mean wait with N servers. */
  readonly meanWait: Minutes;
  /** A / N. */
  readonly utilisation: Probability;
}

/** Smallest N meeting the service level (and utilisation cap) under Erlang C, and the posts behind it. */
export function staffErlangC(input: StaffingInput): StaffingResult {
  const { arrivalRate, meanServiceTime, targetWait, serviceLevel: target, maxUtilisation = 1, abstraction = 0 } = input;
  const load = computeOfferedLoad(arrivalRate, meanServiceTime);
  requireNonNegative('targetWait', targetWait);
  requireInHalfOpen('serviceLevel', target, 0, 1);
  requireInLeftOpen('maxUtilisation', maxUtilisation, 0, 1);
  requireInHalfOpen('abstraction', abstraction, 0, 1);

  // The first stable N (A < N); at least one server even with no demand.
  let servers = Math.max(1, Math.floor(load) + 1);
  let blocking = erlangBRecursion(load, servers);
  for (;;) {
    if (load / servers <= maxUtilisation) {
      const probWait = erlangCFromBlocking(load, servers, blocking);
      const achieved = erlangCServiceLevel({ load, servers, probWait, meanServiceTime, targetWait });
      if (achieved >= target) {
        return {
          offeredLoad: erlangs(load),
          servers,
          posts: postsAfterAbstraction(servers, abstraction),
          serviceLevel: probability(achieved),
          probWait: probability(probWait),
          meanWait: minutes((probWait * meanServiceTime) / (servers - load)),
          utilisation: probability(load / servers),
        };
      }
    }
    servers += 1;
    blocking = erlangBStep(load, servers, blocking);
  }
}

/**
 * ⌈N / (1 − abstraction)⌉. The quotient is nudged down by one part in 10^12 before rounding up
 * because 7 / (1 − 0.3) is 10.000000000000002 in floating point, and 11 posts would be a bug; a
 * genuine excess that small cannot arise from an abstraction written with a few decimals.
 */
export function postsAfterAbstraction(servers: number, abstraction: number): number {
  requireInHalfOpen('abstraction', abstraction, 0, 1);
  return Math.ceil((servers / (1 - abstraction)) * (1 - 1e-12));
}
