import { describe, expect, it } from 'vitest';
import { mulberry32 as seeded } from '../demand/testing/seeded-random';
import { erlangC, type ErlangCStable } from '../queueing/erlang-c';
import { expectedResponseDistance, squareKilometres } from '../travel/square-root-law';
import { kmPerHour, minutes, perHour, probability } from '../units';
import { attendanceCompliance, officersForCompliance, type AttendanceInput, type AttendanceStable } from './attendance-compliance';

function stable(input: AttendanceInput): AttendanceStable {
  const result = attendanceCompliance(input);
  if (!result.stable) throw new Error(result.reason);
  return result;
}

const BASE: AttendanceInput = {
  arrivalRates: [perHour(1.5), perHour(3), perHour(2)],
  meanServiceTime: minutes(60),
  officers: 9,
  delay: minutes(4),
  places: [{ share: 1, area: squareKilometres(300), speed: kmPerHour(40), target: minutes(15) }],
};
const SPEED = 40;
const TARGET = 15;
/** BASE with one place at this speed and target. */
const at = (speed: number, target: number, area = 300) => [{ share: 1, area: squareKilometres(area), speed: kmPerHour(speed), target: minutes(target) }];

/**
 * The M/M/N non-preemptive priority queue as a continuous-time Markov chain (busy officers, Grade 1
 * waiting, lower grades waiting), jumping from event to event; at each Grade 1 arrival records how
 * many Grade 1 calls wait ahead of it (−1: an officer is free). Exponential times make the chain
 * exact, so this checks the geometric law of the file comment without assuming it.
 */
function gradeOneQueueAhead(args: { rates: number[]; meanService: number; servers: number; events: number; seed: number }): Map<number, number> {
  const random = seeded(args.seed);
  const [first, ...rest] = args.rates as [number, ...number[]];
  const lower = rest.reduce((a, b) => a + b, 0);
  const mu = 1 / args.meanService;
  let busy = 0;
  let waitingFirst = 0;
  let waitingLower = 0;
  const seen = new Map<number, number>();
  for (let event = 0; event < args.events; event += 1) {
    const departures = busy * mu;
    let u = random() * (first + lower + departures);
    if (u < first) {
      if (event > args.events / 10) seen.set(busy < args.servers ? -1 : waitingFirst, (seen.get(busy < args.servers ? -1 : waitingFirst) ?? 0) + 1);
      if (busy < args.servers) busy += 1;
      else waitingFirst += 1;
      continue;
    }
    u -= first;
    if (u < lower) {
      if (busy < args.servers) busy += 1;
      else waitingLower += 1;
      continue;
    }
    if (waitingFirst > 0) waitingFirst -= 1;
    else if (waitingLower > 0) waitingLower -= 1;
    else busy -= 1;
  }
  return seen;
}

describe('attendanceCompliance', () => {
  it('Grade 1 finds all officers busy with probability C(N, A), then j calls ahead with probability (1 − σ₁)σ₁^j (checked against the exact chain, 2 million events)', () => {
    const rates = [0.05, 0.06, 0.04]; // per minute, Grade 1 first
    const meanService = 40;
    const servers = 7;
    const seen = gradeOneQueueAhead({ rates, meanService, servers, events: 2_000_000, seed: 2_025 });
    const arrivals = [...seen.values()].reduce((a, b) => a + b, 0);
    const busyShare = 1 - (seen.get(-1) ?? 0) / arrivals;
    const result = stable({ ...BASE, arrivalRates: rates.map((rate) => perHour(rate * 60)), meanServiceTime: minutes(meanService), officers: servers });
    expect(Math.abs(busyShare - result.probWait)).toBeLessThan(0.01);
    const sigma = rates[0]! * meanService / servers;
    const waited = arrivals - (seen.get(-1) ?? 0);
    for (const j of [0, 1, 2]) expect(Math.abs((seen.get(j) ?? 0) / waited - (1 - sigma) * sigma ** j)).toBeLessThan(0.01);
  });

  it('with instant travel it is P(W₁ ≤ T) = 1 − C·e^{−(Nμ − λ₁)T}, which for one grade is Erlang C\'s service level', () => {
    const input = { ...BASE, arrivalRates: [perHour(4)], places: at(1e9, TARGET), delay: minutes(0) };
    const erlang = erlangC({ arrivalRate: perHour(4), meanServiceTime: BASE.meanServiceTime, servers: BASE.officers, targetWait: minutes(TARGET) }) as ErlangCStable;
    // Instant travel makes the integrand jump to 0 at w = T, which costs Simpson's rule up to (h/3)·θe^{−θT} ≈ 2·10⁻⁵ here.
    expect(Math.abs(stable(input).compliance - erlang.serviceLevel!)).toBeLessThan(3e-5);
    expect(stable(input).meanWait).toBeCloseTo(erlang.meanWait, 10);
  });

  it('its travel law has the square-root law\'s mean, c·√(A/n) (Kolesar & Blum 1973), for both metrics', () => {
    // With no queueing (negligible load) compliance is P(delay + 60·D/v ≤ T) for n = N free officers;
    // ∫ P(D > r) dr over r is then E[D]. Recover P(D > r) from compliance at targets T = delay + 60r/v.
    for (const metric of ['right-angle', 'euclidean'] as const) {
      const input = { ...BASE, arrivalRates: [perHour(1e-9)], officers: 4, metric, delay: minutes(0) };
      const step = 0.01;
      let mean = 0;
      for (let r = step / 2; r < 60; r += step) mean += step * (1 - stable({ ...input, places: at(SPEED, (60 * r) / SPEED) }).compliance);
      expect(mean).toBeCloseTo(expectedResponseDistance({ area: squareKilometres(300), freeUnits: 4, metric }), 3);
    }
  });

  it('agrees with a seeded Monte Carlo of wait + delay + travel (200,000 Grade 1 calls, within 0.005)', () => {
    const result = stable(BASE);
    const random = seeded(7);
    const load = (1.5 + 3 + 2) / 60 * 60;
    const theta = BASE.officers / 60 - 1.5 / 60;
    const free = (BASE.officers - load) / (1 - result.probWait);
    /** A Rayleigh distance to the nearest of n random officers on a street grid (β = 2). */
    const distance = (n: number) => Math.sqrt((-Math.log(1 - random()) * 300) / (2 * n));
    let within = 0;
    const calls = 200_000;
    for (let i = 0; i < calls; i += 1) {
      const waits = random() < result.probWait;
      const wait = waits ? -Math.log(1 - random()) / theta : 0;
      const travel = BASE.delay + (60 * distance(waits ? 1 : free)) / SPEED;
      if (wait + travel <= TARGET) within += 1;
    }
    expect(Math.abs(within / calls - result.compliance)).toBeLessThan(0.005);
  });

  it('rises with officers on duty and falls with area and with load', () => {
    const compliance = (patch: Partial<AttendanceInput>) => stable({ ...BASE, ...patch }).compliance;
    expect(compliance({ officers: 10 })).toBeGreaterThan(compliance({ officers: 9 }));
    expect(compliance({ places: at(40, 15, 600) })).toBeLessThan(compliance({}));
    expect(compliance({ arrivalRates: [perHour(3), perHour(3), perHour(2)] })).toBeLessThan(compliance({}));
  });

  it('mixes places by their share of the calls, each patrolled by its share of the free officers', () => {
    // No queueing (negligible load): a place of A km² with officer share s is a square-root-law
    // region with s·N free officers, the same density as N over A/s km².
    const quiet = { ...BASE, arrivalRates: [perHour(1e-9)] };
    const place = (share: number, officerShare: number, area: number, speed: number, target: number) => ({ share, officerShare, area: squareKilometres(area), speed: kmPerHour(speed), target: minutes(target) });
    const mixed = stable({ ...quiet, places: [place(0.7, 0.6, 40, 32, 15), place(0.3, 0.4, 400, 56, 20)] }).compliance;
    const urban = stable({ ...quiet, places: at(32, 15, 40 / 0.6) }).compliance;
    const rural = stable({ ...quiet, places: at(56, 20, 400 / 0.4) }).compliance;
    expect(mixed).toBeCloseTo(0.7 * urban + 0.3 * rural, 9);
    // Officers patrol where the calls are unless told otherwise (officer share = call share).
    expect(stable({ ...quiet, places: [{ ...place(0.7, 0.7, 40, 32, 15), officerShare: undefined }, { ...place(0.3, 0.3, 400, 56, 20), officerShare: undefined }] }).compliance).toBeCloseTo(
      stable({ ...quiet, places: [place(0.7, 0.7, 40, 32, 15), place(0.3, 0.3, 400, 56, 20)] }).compliance,
      12,
    );
    expect(() => attendanceCompliance({ ...BASE, places: [place(0.5, 0.5, 1, 32, 15)] })).toThrow('places: shares must sum to 1, got 0.5');
    expect(() => attendanceCompliance({ ...BASE, places: [place(0.5, 0.2, 1, 32, 15), place(0.5, 0.2, 1, 32, 15)] })).toThrow('places: officer shares must sum to 1, got 0.4');
  });

  it('is a typed overloaded result with compliance 0 when the work needs more than the officers on duty', () => {
    expect(attendanceCompliance({ ...BASE, officers: 6 })).toMatchObject({ stable: false, compliance: 0, offeredLoad: 6.5 });
  });

  it('throws a RangeError naming the bad argument', () => {
    expect(() => attendanceCompliance({ ...BASE, officers: 0 })).toThrow(/officers/);
    expect(() => attendanceCompliance({ ...BASE, places: at(40, 15, 0) })).toThrow('places[0].area must be a finite number > 0, got 0');
    expect(() => attendanceCompliance({ ...BASE, arrivalRates: [] })).toThrow('arrivalRates must list at least one grade');
  });
});

describe('officersForCompliance', () => {
  it('finds the smallest number on duty reaching the target', () => {
    const { officers, result } = officersForCompliance({ ...BASE, compliance: probability(0.9) });
    expect(result.compliance).toBeGreaterThanOrEqual(0.9);
    const fewer = attendanceCompliance({ ...BASE, officers: officers - 1 });
    expect(fewer.compliance).toBeLessThan(0.9);
  });

  it('keeps the minimum staffing level even when demand needs fewer', () => {
    expect(officersForCompliance({ ...BASE, arrivalRates: [perHour(0.01)], places: at(40, 15, 1), compliance: probability(0.5), minimum: 5 }).officers).toBe(5);
  });

  it('refuses a target the dispatch delay alone breaks', () => {
    expect(() => officersForCompliance({ ...BASE, delay: minutes(15), compliance: probability(0.9) })).toThrow('delay (15 min) must be below the target (15 min)');
  });
});
