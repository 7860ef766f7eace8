import { describe, expect, it } from 'vitest';
import { minutes, perHour } from '../units';
import { erlangC, type ErlangCStable } from './erlang-c';
import { priorityQueue, type PriorityResult, type PriorityStable } from './priority';

function stable(result: PriorityResult): PriorityStable {
  if (!result.stable) throw new Error(result.reason);
  return result;
}

/** Mulberry32: a tiny seeded generator so the simulation below is deterministic. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Independent check by simulation: M/M/N, non-preemptive priority, one exponential service rate.
 * Event by event: the next event is the next arrival or the earliest service completion.
 */
function simulateMeanWaits(args: { rates: number[]; meanService: number; servers: number; arrivals: number; seed: number }): number[] {
  const random = mulberry32(args.seed);
  const exponential = (mean: number) => -mean * Math.log(1 - random());
  const totalRate = args.rates.reduce((sum, rate) => sum + rate, 0);
  const queues: number[][] = args.rates.map(() => []); // arrival times per class
  const busyUntil: number[] = [];
  const waitSums = args.rates.map(() => 0);
  const served = args.rates.map(() => 0);
  const warmUp = Math.floor(args.arrivals / 10);
  let now = 0;
  let arrived = 0;
  let nextArrival = exponential(1 / totalRate);
  const classOf = () => {
    let u = random() * totalRate;
    for (let k = 0; k < args.rates.length; k++) {
      u -= args.rates[k] as number;
      if (u < 0) return k;
    }
    return args.rates.length - 1;
  };
  const startService = (k: number, arrivalTime: number, index: number) => {
    if (index >= warmUp) {
      waitSums[k] = (waitSums[k] as number) + (now - arrivalTime);
      served[k] = (served[k] as number) + 1;
    }
    busyUntil.push(now + exponential(args.meanService));
  };
  const arrivalIndex = new Map<number, number>();
  while (arrived < args.arrivals) {
    const earliest = busyUntil.length === 0 ? Infinity : Math.min(...busyUntil);
    if (nextArrival < earliest) {
      now = nextArrival;
      const k = classOf();
      arrivalIndex.set(now, arrived);
      if (busyUntil.length < args.servers) startService(k, now, arrived);
      else (queues[k] as number[]).push(now);
      arrived += 1;
      nextArrival = now + exponential(1 / totalRate);
    } else {
      now = earliest;
      busyUntil.splice(busyUntil.indexOf(earliest), 1);
      const k = queues.findIndex((queue) => queue.length > 0);
      if (k >= 0) {
        const arrivalTime = (queues[k] as number[]).shift() as number;
        startService(k, arrivalTime, arrivalIndex.get(arrivalTime) ?? 0);
      }
    }
  }
  return waitSums.map((sum, k) => sum / (served[k] as number));
}

describe('priorityQueue (Cobham 1954, M/M/N non-preemptive)', () => {
  it('one class is Erlang C', () => {
    const c = erlangC({ arrivalRate: perHour(200), meanServiceTime: minutes(3), servers: 12 }) as ErlangCStable;
    const p = stable(priorityQueue({ arrivalRates: [perHour(200)], meanServiceTime: minutes(3), servers: 12 }));
    expect(p.meanWait).toHaveLength(1);
    expect(p.meanWait[0]).toBeCloseTo(c.meanWait, 14);
    expect(p.probWait).toBeCloseTo(c.probWait, 15);
  });

  it.each([
    [[20, 60, 100], 3, 12],
    [[5, 5], 5, 2],
    [[1, 2, 3, 4, 5], 30, 9],
    [[300, 0, 900], 4, 85],
  ])('conservation law: the λ-weighted mean of %j (m = %i, N = %i) is the FCFS Erlang C mean wait', (rates, service, servers) => {
    const p = stable(priorityQueue({ arrivalRates: rates.map(perHour), meanServiceTime: minutes(service), servers }));
    const total = rates.reduce((sum, rate) => sum + rate, 0);
    const weighted = rates.reduce((sum, rate, k) => sum + rate * (p.meanWait[k] as number), 0) / total;
    const c = erlangC({ arrivalRate: perHour(total), meanServiceTime: minutes(service), servers }) as ErlangCStable;
    expect(Math.abs(weighted - c.meanWait) / c.meanWait).toBeLessThan(1e-13);
    // Higher priority never waits longer.
    for (let k = 1; k < rates.length; k++) expect(p.meanWait[k] as number).toBeGreaterThanOrEqual(p.meanWait[k - 1] as number);
  });

  it('N = 1 agrees with the M/G/1 form of Cobham\'s formula, W_k = (Σ λ_i E[S²]/2) / ((1 − σ_{k−1})(1 − σ_k))', () => {
    // Kleinrock, "Queueing Systems" vol. 2 (1976), eq. 3.31; exponential service: E[S²] = 2m².
    const rates = [0.1, 0.2, 0.25]; // per minute
    const m = 1.5;
    const p = stable(priorityQueue({ arrivalRates: rates.map((rate) => perHour(rate * 60)), meanServiceTime: minutes(m), servers: 1 }));
    const residual = rates.reduce((sum, rate) => sum + (rate * 2 * m * m) / 2, 0);
    let above = 0;
    rates.forEach((rate, k) => {
      const through = above + rate * m;
      expect(p.meanWait[k]).toBeCloseTo(residual / ((1 - above) * (1 - through)), 12);
      above = through;
    });
  });

  it('agrees with a seeded simulation of Grade 1/2/3 demand on 4 officers (within 5 %: the simulated means carry ~1.5 % sampling error)', () => {
    const rates = [0.3, 0.6, 1.2]; // per minute, Grade 1 highest
    const p = stable(priorityQueue({ arrivalRates: rates.map((rate) => perHour(rate * 60)), meanServiceTime: minutes(1.5), servers: 4 }));
    const simulated = simulateMeanWaits({ rates, meanService: 1.5, servers: 4, arrivals: 1_000_000, seed: 20_240_101 });
    simulated.forEach((wait, k) => expect(Math.abs(wait - (p.meanWait[k] as number)) / (p.meanWait[k] as number)).toBeLessThan(0.05));
  });

  it('total load >= N is a typed unstable result', () => {
    const result = priorityQueue({ arrivalRates: [perHour(100), perHour(100)], meanServiceTime: minutes(3), servers: 10 });
    expect(result).toMatchObject({ stable: false, offeredLoad: 10, servers: 10 });
  });

  it('throws RangeError naming the bad argument', () => {
    expect(() => priorityQueue({ arrivalRates: [], meanServiceTime: minutes(3), servers: 2 })).toThrow(new RangeError('arrivalRates must list at least one class'));
    expect(() => priorityQueue({ arrivalRates: [perHour(1), perHour(-2)], meanServiceTime: minutes(3), servers: 2 })).toThrow(new RangeError('arrivalRates[1] must be a finite number >= 0, got -2'));
    expect(() => priorityQueue({ arrivalRates: [perHour(1)], meanServiceTime: minutes(3), servers: 0 })).toThrow(/servers/);
    expect(() => priorityQueue({ arrivalRates: [perHour(1)], meanServiceTime: minutes(-3), servers: 1 })).toThrow(/meanServiceTime/);
  });
});
