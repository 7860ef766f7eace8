/**
 * Erlang A: the M/M/N+M queue — Poisson arrivals λ, N servers with exponential service rate μ, an
 * unlimited FCFS queue, and callers who hang up after an exponential patience with rate θ = 1/mean
 * (Palm 1943; Garnett, Mandelbaum & Reiman, "Designing a call center with impatient customers",
 * M&SOM 4(3), 2002). It is always stable: however short-staffed, the queue is bounded by
 * abandonment, which is why it is the honest model for an overloaded control room.
 *
 * Exact birth–death solution. With n in the system, the birth rate is λ and the death rate is
 * min(n, N)·μ + (n − N)⁺·θ, so π_n/π_N = N!/(n!·A^{N−n}) below N and π_{N+k}/π_N = T_k =
 * Π_{j=1}^{k} λ/(Nμ + jθ) above. Below N the mass relative to π_N is 1/B(N, A) − 1 (Erlang B);
 * above it is S_c(y) with c = Nμ/θ, y = λ/θ (see gamma-ratio-series.ts). Everything is combined in
 * log space, so it stays finite for N up to 10,000 and loads far beyond N. By PASTA an arrival sees
 * the stationary state; measures follow Mandelbaum & Zeltyn, "The M/M/n+G queue: summary of
 * performance measures" (Technion, 2007), §M/M/n+M:
 *
 * - P(wait > 0) = Σ_{n≥N} π_n.
 * - Mean wait E[W] = E[queue]/λ (Little), W = min(V, τ) the time spent waiting, answered or not.
 * - P(abandon) = θ·E[W] (abandonment is the rate θ per waiting caller).
 * - Offered wait V (the wait a caller with infinite patience would have): an arrival with k callers
 *   ahead moves up at rate Nμ + jθ with j ahead, so θ·V is a sum of exponentials with rates
 *   c, c+1, …, c+k, which is distributed as −ln U with U ~ Beta(c, k+1) (compare Laplace
 *   transforms: Π (c+j)/(c+j+s) = B(c+s, k+1)/B(c, k+1) = E[U^s]). Summing over k with weights
 *   π_{N+k} gives, with x = e^{−θt},
 *     P(V > t) = π_N · e^{−Nμt + y(1−x)} · S_c(y·x)
 *   — Mandelbaum & Zeltyn's J(t) with γ(Nμ/θ, (λ/θ)e^{−θt}), in series form.
 * - Service level P(W ≤ t) = 1 − e^{−θt}·P(V > t) (W > t needs both V > t and patience τ > t,
 *   which are independent). A caller who hangs up before t counts as "waited at most t".
 * - P(answered within t) = P(V ≤ t, τ > V) = P(wait = 0) + π_N·c/(c+1)·[S_{c+1}(y) − x^{c+1}·
 *   e^{y(1−x)}·S_{c+1}(y·x)] (the same Beta representation: E[U; U ≥ x]). Here a hang-up counts
 *   as a failure, which is what "calls answered within 10 s" means in a control room.
 * - Utilisation = carried load / N = A·(1 − P(abandon)) / N.
 */
import { erlangs, minutes, probability, type Erlangs, type Minutes, type PerHour, type Probability } from '../units';
import { requireNonNegative, requirePositive, requireServers } from './check-arguments';
import { erlangBRecursion } from './erlang-b';
import { gammaRatioSeries, logSeriesSum } from './gamma-ratio-series';
import { offeredLoad as computeOfferedLoad } from './offered-load';

/** Inputs of the M/M/N+M model. Rates per hour, times in minutes. */
export interface ErlangAInput {
  /** Poisson arrival rate λ. */
  readonly arrivalRate: PerHour;
  /** Mean (exponential) service time 1/μ. */
  readonly meanServiceTime: Minutes;
  /** Mean (exponential) patience 1/θ: how long callers wait before hanging up, on average. */
  readonly meanPatience: Minutes;
  /** Servers N. */
  readonly servers: number;
  /** Answer-time target t; without it `serviceLevel` and `probAnsweredWithin` are null. */
  readonly targetWait?: Minutes;
}

/** Steady-state measures of the M/M/N+M queue. */
export interface ErlangAResult {
  /** Offered load A = λ/μ in Erlangs. */
  readonly offeredLoad: Erlangs;
  /** P(an arrival finds every server busy and waits). */
  readonly probWait: Probability;
  /** P(an arrival hangs up before being answered). */
  readonly probAbandon: Probability;
  /** Mean time spent waiting, over all arrivals, until answered or hanging up. */
  readonly meanWait: Minutes;
  /** P(time spent waiting ≤ targetWait), hang-ups included as they leave; null without a target. */
  readonly serviceLevel: Probability | null;
  /** P(answered, and within targetWait) over all arrivals; null without a target. */
  readonly probAnsweredWithin: Probability | null;
  /** Carried load / N: the fraction of server time busy. */
  readonly utilisation: Probability;
}

/** The Erlang A (M/M/N+M) model. Throws RangeError for negative/NaN inputs, N < 1 or patience <= 0. */
export function erlangA(input: ErlangAInput): ErlangAResult {
  const { arrivalRate, meanServiceTime, meanPatience, servers, targetWait } = input;
  const load = computeOfferedLoad(arrivalRate, meanServiceTime);
  requireServers('servers', servers);
  requirePositive('meanPatience', meanPatience);
  if (targetWait !== undefined) requireNonNegative('targetWait', targetWait);
  const hasTarget = targetWait !== undefined;
  if (load === 0) {
    return { offeredLoad: load, probWait: probability(0), probAbandon: probability(0), meanWait: minutes(0), serviceLevel: hasTarget ? probability(1) : null, probAnsweredWithin: hasTarget ? probability(1) : null, utilisation: probability(0) };
  }

  // In units of the patience rate θ: c = Nμ/θ, y = λ/θ.
  const patienceRatio = meanPatience / meanServiceTime;
  const c = servers * patienceRatio;
  const y = load * patienceRatio;

  // ln Σ_{n<N} π_n/π_N = ln(1/B − 1); B underflows to 0 only when waiting is negligible (< 1e-300).
  const blocking = erlangBRecursion(load, servers);
  const logBelow = blocking === 0 ? Infinity : Math.log1p(-blocking) - Math.log(blocking);
  const queue = gammaRatioSeries(y, c);
  const logQueue = logSeriesSum(queue);
  const logNormaliser = logAddExp(logBelow, logQueue); // ln(1/π_N)
  const logAtCapacity = -logNormaliser; // ln π_N

  const probWait = Math.exp(logQueue - logNormaliser);
  const meanQueue = queue.firstMoment === 0 ? 0 : Math.exp(queue.logScale + Math.log(queue.firstMoment) - logNormaliser);
  const meanWait = meanQueue / (arrivalRate / 60);
  const probAbandon = Math.min(1, meanWait / meanPatience);

  let serviceLevel: number | null = null;
  let probAnsweredWithin: number | null = null;
  if (targetWait !== undefined) {
    const thetaT = targetWait / meanPatience;
    const x = Math.exp(-thetaT);
    const arrivalsDuring = y * -Math.expm1(-thetaT); // y·(1 − x) without cancellation for small θt
    const logOfferedTail = logAtCapacity - (servers * targetWait) / meanServiceTime + arrivalsDuring + logSeriesSum(gammaRatioSeries(y * x, c));
    serviceLevel = clampProbability(1 - Math.exp(logOfferedTail - thetaT));

    const logShare = logAtCapacity + Math.log(c / (c + 1));
    const logAllAnswered = logShare + logSeriesSum(gammaRatioSeries(y, c + 1));
    const logAnsweredLater = logShare - (c + 1) * thetaT + arrivalsDuring + logSeriesSum(gammaRatioSeries(y * x, c + 1));
    const answeredAfterWaiting = logAllAnswered === -Infinity ? 0 : Math.exp(logAllAnswered) * -Math.expm1(Math.min(0, logAnsweredLater - logAllAnswered));
    probAnsweredWithin = clampProbability(1 - probWait + answeredAfterWaiting);
  }

  return {
    offeredLoad: erlangs(load),
    probWait: probability(probWait),
    probAbandon: probability(probAbandon),
    meanWait: minutes(meanWait),
    serviceLevel: serviceLevel === null ? null : probability(serviceLevel),
    probAnsweredWithin: probAnsweredWithin === null ? null : probability(probAnsweredWithin),
    utilisation: probability(clampProbability((load * (1 - probAbandon)) / servers)),
  };
}

/** ln(e^a + e^b) without overflow. */
function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const high = Math.max(a, b);
  if (high === Infinity) return Infinity;
  return high + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/** Differences of probabilities can land a rounding error outside [0, 1]; only that is clamped. */
function clampProbability(value: number): number {
  return Math.min(1, Math.max(0, value));
}
