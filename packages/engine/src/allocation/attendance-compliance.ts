/**
 * Predicted Grade 1 attendance compliance of an area's response officers: the probability that
 * queue wait + dispatch delay + travel ≤ the grade's target, the PCAM-style question "how many
 * officers on duty this hour keep 90 % of emergencies within 15 minutes?".
 *
 * Queue. Officers on duty are the N servers of an M/M/N queue with non-preemptive priority classes
 * (Grade 1 first) and one exponential job time m (Cobham 1954; `priorityQueue`). A Grade 1 call
 * waits only when all N are busy, with probability C = C(N, A) (Erlang C for the total load A).
 * While all N are busy, officers free up as a Poisson stream of rate Nμ and each one takes the
 * oldest Grade 1 call waiting, so the number of Grade 1 calls waiting is a birth–death chain with
 * rates λ₁ up and Nμ down; the chain leaves and re-enters the all-busy states only through level 0,
 * so the cut equations λ₁·p_j = Nμ·p_{j+1} hold and, seen by an arrival (PASTA), j calls wait ahead
 * with probability (1 − σ₁)σ₁^j, σ₁ = λ₁/(Nμ). Its wait is then a sum of j + 1 exponentials of rate
 * Nμ — a geometric sum, so exponential with rate Nμ(1 − σ₁) = Nμ − λ₁:
 *
 *   P(W₁ > w) = C · e^{−(Nμ − λ₁)w},
 *
 * whose mean C/(Nμ − λ₁) is Cobham's W₁ (Kella & Yechiali, "Waiting times in the non-preemptive
 * priority M/M/c queue", Stochastic Models 1(2), 1985). Lower grades do not delay Grade 1 beyond
 * keeping officers busy.
 *
 * Travel (square-root law, Kolesar & Blum 1973). With n free officers scattered at random over an
 * area of A km², the distance to the nearest is Rayleigh: P(D > r) = e^{−β n r²/A} with
 * β = π/(4c²) (β = 2 for right-angle travel, c = √(π/8); β = π for straight lines, c = ½), whose
 * mean is the law's c·√(A/n). A call answered at once goes to the nearest of the free officers,
 * n = (N − A)/(1 − C) on average given that one is free (E[free] = N − A over all arrivals, PASTA);
 * using the mean n is an approximation (√(1/n) is convex, so it understates the distance a little).
 * A call that waited goes to the officer who frees up first, at the scene of the last job — a
 * random point: n = 1. Travel time = delay (grading, turn-out) + 60·D/speed minutes.
 *
 *   compliance = (1 − C)·G_n(T) + C·∫₀^T θe^{−θw}·G₁(T − w) dw,   θ = Nμ − λ₁,
 *
 * G_n(s) = P(delay + 60·D/speed ≤ s with n free), the integral by composite Simpson's rule.
 *
 * Places. Urban and rural parts of an area differ in size, speed and target, and officers patrol
 * where the calls are: each place has its share of the calls, its own km², speed and target, and
 * its share of the free officers (by default its share of the calls — patrol in proportion to
 * demand). A call in a place is reached by the free officers there (n = officer share × free; a
 * waited call by the one officer freeing up in the same place, n = 1 over the place's area).
 * Compliance is the call-share-weighted mean over places.
 */
import { erlangBRecursion } from '../queueing/erlang-b';
import { erlangCFromBlocking } from '../queueing/erlang-c';
import { requireNonNegative, requirePositive, requireServers } from '../queueing/check-arguments';
import { SQUARE_ROOT_LAW_CONSTANT, type SquareKilometres, type TravelMetric } from '../travel/square-root-law';
import { probability, type KmPerHour, type Minutes, type PerHour, type Probability } from '../units';

/** Where Grade 1 calls arise (e.g. the urban or the rural part of an area): see the file comment. */
export interface AttendancePlace {
  /** Share of the area's Grade 1 calls, in [0, 1]; the shares of an input sum to 1. */
  share: number;
  /** Share of the free officers patrolling here, in [0, 1] (default `share`); the shares of an input sum to 1. */
  officerShare?: number;
  /** The place's size. */
  area: SquareKilometres;
  /** Average road speed. */
  speed: KmPerHour;
  /** The Grade 1 attendance target there, e.g. 15 minutes urban, 20 rural. */
  target: Minutes;
}

/** Inputs of {@link attendanceCompliance}. Rates per hour, times in minutes. */
export interface AttendanceInput {
  /** Arrival rate of each grade the officers serve, highest priority (Grade 1) first. */
  arrivalRates: readonly PerHour[];
  /** Mean officer time per job (exponential), the same for every grade. */
  meanServiceTime: Minutes;
  /** Officers on duty, N ≥ 1. */
  officers: number;
  /** Minutes before an officer moves that count against the target (grading, turn-out). */
  delay: Minutes;
  /** Where the calls arise; compliance is the share-weighted mean over places. */
  places: readonly AttendancePlace[];
  /** Distance metric of the square-root law; default right-angle (street grid). */
  metric?: TravelMetric;
}

/** What the officers achieve for Grade 1. */
export interface AttendanceStable {
  stable: true;
  /** P(wait + delay + travel ≤ target) for a Grade 1 call. */
  compliance: Probability;
  /** P(a Grade 1 call waits for an officer) = C(N, A). */
  probWait: Probability;
  /** Mean Grade 1 wait, C/(Nμ − λ₁). */
  meanWait: Minutes;
  /** Offered load A (officers' worth of work). */
  offeredLoad: number;
}

/** The officers cannot keep up with the work at all (total load A ≥ N): no Grade 1 compliance can be promised. */
export interface AttendanceOverloaded {
  stable: false;
  compliance: Probability;
  offeredLoad: number;
  reason: string;
}

/** Result of {@link attendanceCompliance}. */
export type AttendanceResult = AttendanceStable | AttendanceOverloaded;

/** Subintervals of the Simpson rule (even); the integrand is smooth, so the error is far below 10⁻⁶. */
const SIMPSON_INTERVALS = 200;

/** Predicted Grade 1 compliance (see the file comment). */
export function attendanceCompliance(input: AttendanceInput): AttendanceResult {
  const { arrivalRates, meanServiceTime, officers, delay, places, metric = 'right-angle' } = input;
  if (arrivalRates.length === 0) throw new RangeError('arrivalRates must list at least one grade');
  arrivalRates.forEach((rate, index) => requireNonNegative(`arrivalRates[${index}]`, rate));
  requirePositive('meanServiceTime', meanServiceTime);
  requireServers('officers', officers);
  requireNonNegative('delay', delay);
  checkPlaces(places);

  const perMinute = arrivalRates.map((rate) => rate / 60);
  const load = perMinute.reduce((sum, rate) => sum + rate, 0) * meanServiceTime;
  if (load >= officers) {
    return { stable: false, compliance: probability(0), offeredLoad: load, reason: `the work offered (${load.toFixed(2)} officers' worth) needs more than the ${officers} on duty` };
  }
  const probWait = erlangCFromBlocking(load, officers, erlangBRecursion(load, officers));
  const theta = officers / meanServiceTime - perMinute[0]!; // Nμ − λ₁, per minute (> 0 since A < N)
  const beta = Math.PI / (4 * SQUARE_ROOT_LAW_CONSTANT[metric] ** 2);
  const free = (officers - load) / (1 - probWait);
  let compliance = 0;
  for (const { share, officerShare = share, area, speed, target } of places) {
    if (share === 0) continue;
    /** P(delay + travel ≤ s) with n free officers over the place. */
    const reach = (s: number, n: number) => {
      if (s <= delay) return 0;
      const distance = ((s - delay) * speed) / 60;
      return 1 - Math.exp((-beta * n * distance * distance) / area);
    };
    const waited = probWait > 0 ? simpson((w) => theta * Math.exp(-theta * w) * reach(target - w, 1), 0, Math.max(0, target - delay)) : 0;
    compliance += share * ((1 - probWait) * reach(target, officerShare * free) + probWait * waited);
  }
  return { stable: true, compliance: probability(Math.min(1, Math.max(0, compliance))), probWait: probability(probWait), meanWait: (probWait / theta) as Minutes, offeredLoad: load };
}

/** Throws unless the places have finite positive areas, speeds and targets and shares in [0, 1] summing to 1. */
function checkPlaces(places: readonly AttendancePlace[]): void {
  if (places.length === 0) throw new RangeError('places must list at least one place');
  const fraction = (name: string, value: number) => {
    if (!(Number.isFinite(value) && value >= 0 && value <= 1)) throw new RangeError(`${name} must be in [0, 1], got ${value}`);
  };
  places.forEach((place, index) => {
    fraction(`places[${index}].share`, place.share);
    if (place.officerShare !== undefined) fraction(`places[${index}].officerShare`, place.officerShare);
    requirePositive(`places[${index}].area`, place.area);
    requirePositive(`places[${index}].speed`, place.speed);
    requirePositive(`places[${index}].target`, place.target);
  });
  const total = places.reduce((sum, place) => sum + place.share, 0);
  if (Math.abs(total - 1) > 1e-9) throw new RangeError(`places: shares must sum to 1, got ${total}`);
  const officers = places.reduce((sum, place) => sum + (place.officerShare ?? place.share), 0);
  if (Math.abs(officers - 1) > 1e-9) throw new RangeError(`places: officer shares must sum to 1, got ${officers}`);
}

/** ∫ₐᵇ f by composite Simpson's rule over {@link SIMPSON_INTERVALS} subintervals (0 when b ≤ a). */
function simpson(f: (x: number) => number, a: number, b: number): number {
  if (b <= a) return 0;
  const h = (b - a) / SIMPSON_INTERVALS;
  let sum = 0;
  for (let i = 0; i <= SIMPSON_INTERVALS; i += 1) sum += (i === 0 || i === SIMPSON_INTERVALS ? 1 : i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

/** Input of {@link officersForCompliance}. */
export interface OfficersForComplianceInput extends Omit<AttendanceInput, 'officers'> {
  /** Required Grade 1 compliance, in (0, 1). */
  compliance: Probability;
  /** At least this many on duty whatever the demand (a minimum staffing level); default 1. */
  minimum?: number;
}

/** The officers needed and what they achieve. */
export interface OfficersForComplianceResult {
  officers: number;
  result: AttendanceStable;
}

/** Above this many officers in one area and hour the search gives up: the target is out of reach. */
const MAX_OFFICERS = 10_000;

/**
 * The smallest number on duty (≥ `minimum`) whose predicted Grade 1 compliance reaches the target.
 * Compliance rises with N (fewer waits, nearer free officers), so the search walks up from the
 * first stable N. A target the delay alone breaks (delay ≥ target) cannot be met by any N.
 * @throws {RangeError} when the target cannot be met (delay ≥ target) or the inputs are bad
 */
export function officersForCompliance(input: OfficersForComplianceInput): OfficersForComplianceResult {
  const { compliance: required, minimum = 1, ...attendance } = input;
  if (!(required > 0 && required < 1)) throw new RangeError(`compliance must be in (0, 1), got ${required}`);
  requireServers('minimum', minimum);
  const tightest = Math.min(...attendance.places.filter((place) => place.share > 0).map((place) => place.target));
  if (attendance.delay >= tightest) throw new RangeError(`delay (${attendance.delay} min) must be below the target (${tightest} min): no number of officers can attend in time`);
  const load = attendance.arrivalRates.reduce((sum, rate) => sum + rate, 0) * (attendance.meanServiceTime / 60);
  for (let officers = Math.max(minimum, Math.floor(load) + 1); officers <= MAX_OFFICERS; officers += 1) {
    const result = attendanceCompliance({ ...attendance, officers });
    if (result.stable && result.compliance >= required) return { officers, result };
  }
  throw new RangeError(`compliance: ${required} is not reached with ${MAX_OFFICERS} officers on duty (${attendance.places.map((place) => `${place.area} km²`).join(' + ')})`);
}
