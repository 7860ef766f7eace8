import { describe, expect, it } from 'vitest';
import { erlangs, minutes, perHour } from '../units';
import { erlangA, type ErlangAInput } from './erlang-a';
import { erlangB } from './erlang-b';
import { erlangC, type ErlangCStable } from './erlang-c';

/**
 * Independent reference: the M/M/N+M birth–death chain truncated at N + J states and solved by
 * direct summation in floating point (no series, no Erlang B), and the tagged caller's wait from
 * a Markov chain solved by uniformization (Grassmann 1977) — a different method from the engine's
 * incomplete-gamma series. Rates per minute.
 */
function bruteForce(input: ErlangAInput & { targetWait: number }, ahead = 400) {
  const lambda = input.arrivalRate / 60;
  const mu = 1 / input.meanServiceTime;
  const theta = 1 / input.meanPatience;
  const n = input.servers;
  const weights = [1];
  for (let state = 1; state <= n + ahead; state++) {
    const death = Math.min(state, n) * mu + Math.max(state - n, 0) * theta;
    weights.push(((weights[state - 1] as number) * lambda) / death);
  }
  const total = weights.reduce((sum, w) => sum + w, 0);
  const pi = weights.map((w) => w / total);
  let probWait = 0;
  let meanQueue = 0;
  let busy = 0;
  pi.forEach((p, state) => {
    if (state >= n) probWait += p;
    meanQueue += Math.max(state - n, 0) * p;
    busy += Math.min(state, n) * p;
  });

  // A caller arriving with k ahead: ahead-count falls at Nμ + jθ (j ahead), own hang-up at θ.
  // Uniformize at Λ and sum Poisson(Λt)-weighted jump-chain probabilities of "still waiting"
  // and "answered" for every starting k at once.
  const t = input.targetWait;
  const rate = n * mu + ahead * theta + theta;
  let waiting = new Array<number>(ahead + 1).fill(1);
  let answered = new Array<number>(ahead + 1).fill(0);
  const stillWaiting = new Array<number>(ahead + 1).fill(0);
  const answeredBy = new Array<number>(ahead + 1).fill(0);
  let weight = Math.exp(-rate * t);
  for (let step = 0; step < 100_000; step++) {
    for (let k = 0; k <= ahead; k++) {
      stillWaiting[k] = (stillWaiting[k] as number) + weight * (waiting[k] as number);
      answeredBy[k] = (answeredBy[k] as number) + weight * (answered[k] as number);
    }
    const nextWaiting = new Array<number>(ahead + 1);
    const nextAnswered = new Array<number>(ahead + 1);
    for (let k = 0; k <= ahead; k++) {
      const moveUp = (n * mu + k * theta) / rate;
      const stay = 1 - moveUp - theta / rate;
      nextWaiting[k] = stay * (waiting[k] as number) + (k > 0 ? moveUp * (waiting[k - 1] as number) : 0);
      nextAnswered[k] = stay * (answered[k] as number) + moveUp * (k > 0 ? (answered[k - 1] as number) : 1);
    }
    waiting = nextWaiting;
    answered = nextAnswered;
    weight *= (rate * t) / (step + 1);
    if (step > rate * t && weight < 1e-300) break;
  }
  let waitBeyond = 0;
  let answeredAfterWait = 0;
  for (let k = 0; k <= ahead; k++) {
    const p = pi[n + k] as number;
    waitBeyond += p * (stillWaiting[k] as number);
    answeredAfterWait += p * (answeredBy[k] as number);
  }
  return {
    probWait,
    probAbandon: (theta * meanQueue) / lambda,
    meanWait: meanQueue / lambda,
    serviceLevel: 1 - waitBeyond,
    probAnsweredWithin: 1 - probWait + answeredAfterWait,
    utilisation: busy / n,
  };
}

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);

describe('erlangA (M/M/N+M) against the brute-force birth–death chain and uniformization', () => {
  it.each<[string, ErlangAInput & { targetWait: number }]>([
    ['call centre, 24 Erlangs on 25 servers', { arrivalRate: perHour(360), meanServiceTime: minutes(4), meanPatience: minutes(2), servers: 25, targetWait: minutes(0.5) }],
    ['overloaded: 40 Erlangs on 25 servers', { arrivalRate: perHour(600), meanServiceTime: minutes(4), meanPatience: minutes(3), servers: 25, targetWait: minutes(0.5) }],
    ['small desk: 2.5 Erlangs on 3 servers, patient callers', { arrivalRate: perHour(30), meanServiceTime: minutes(5), meanPatience: minutes(10), servers: 3, targetWait: minutes(1) }],
    ['one server, impatient callers', { arrivalRate: perHour(50), meanServiceTime: minutes(1), meanPatience: minutes(0.5), servers: 1, targetWait: minutes(0.2) }],
    ['long target', { arrivalRate: perHour(300), meanServiceTime: minutes(6), meanPatience: minutes(4), servers: 28, targetWait: minutes(5) }],
  ])('%s', (_name, input) => {
    const expected = bruteForce(input);
    const actual = erlangA(input);
    expect(relative(actual.probWait, expected.probWait)).toBeLessThan(1e-11);
    expect(relative(actual.probAbandon, expected.probAbandon)).toBeLessThan(1e-11);
    expect(relative(actual.meanWait, expected.meanWait)).toBeLessThan(1e-11);
    expect(relative(actual.utilisation, expected.utilisation)).toBeLessThan(1e-11);
    expect(relative(actual.serviceLevel ?? Number.NaN, expected.serviceLevel)).toBeLessThan(1e-9);
    expect(relative(actual.probAnsweredWithin ?? Number.NaN, expected.probAnsweredWithin)).toBeLessThan(1e-9);
  });
});

describe('erlangA identities', () => {
  it.each([
    [360, 4, 25],
    [720, 4, 55],
    [200, 3, 11],
    [54_000, 10, 9_200],
  ])('very patient callers (patience 10^9 × service time) give Erlang C: λ = %i/h, m = %i min, N = %i', (rate, service, servers) => {
    const targetWait = minutes(0.25);
    const c = erlangC({ arrivalRate: perHour(rate), meanServiceTime: minutes(service), servers, targetWait }) as ErlangCStable;
    const a = erlangA({ arrivalRate: perHour(rate), meanServiceTime: minutes(service), meanPatience: minutes(service * 1e9), servers, targetWait });
    expect(c.stable).toBe(true);
    expect(relative(a.probWait, c.probWait)).toBeLessThan(1e-6);
    expect(relative(a.meanWait, c.meanWait)).toBeLessThan(1e-6);
    expect(relative(a.serviceLevel ?? Number.NaN, c.serviceLevel ?? Number.NaN)).toBeLessThan(1e-6);
    expect(relative(a.probAnsweredWithin ?? Number.NaN, c.serviceLevel ?? Number.NaN)).toBeLessThan(1e-6);
    expect(a.probAbandon).toBeLessThan(1e-6);
  });

  it('callers who hang up at once give Erlang B: P(abandon) → B(N, A)', () => {
    const a = erlangA({ arrivalRate: perHour(360), meanServiceTime: minutes(4), meanPatience: minutes(1e-9), servers: 25 });
    expect(relative(a.probAbandon, erlangB(erlangs(24), 25))).toBeLessThan(1e-6);
  });

  it('patience equal to service time makes the number in system Poisson(A), as in M/M/∞', () => {
    // With θ = μ every caller present, waiting or served, leaves at rate μ.
    const load = 24;
    const servers = 25;
    const a = erlangA({ arrivalRate: perHour(360), meanServiceTime: minutes(4), meanPatience: minutes(4), servers });
    let pmf = Math.exp(-load);
    let belowN = 0;
    let excess = 0;
    for (let n = 0; n < 400; n++) {
      if (n < servers) belowN += pmf;
      else excess += (n - servers) * pmf;
      pmf *= load / (n + 1);
    }
    expect(relative(a.probWait, 1 - belowN)).toBeLessThan(1e-12);
    expect(relative(a.probAbandon, excess / load)).toBeLessThan(1e-12);
  });

  it('serviceLevel at t = 0 is 1 − P(wait); with no target both service levels are null', () => {
    const base = { arrivalRate: perHour(360), meanServiceTime: minutes(4), meanPatience: minutes(2), servers: 25 };
    const atZero = erlangA({ ...base, targetWait: minutes(0) });
    expect(atZero.serviceLevel).toBeCloseTo(1 - atZero.probWait, 14);
    expect(atZero.probAnsweredWithin).toBeCloseTo(1 - atZero.probWait, 14);
    expect(erlangA(base)).toMatchObject({ serviceLevel: null, probAnsweredWithin: null });
    const forever = erlangA({ ...base, targetWait: minutes(1e6) });
    expect(forever.serviceLevel).toBe(1);
    expect(forever.probAnsweredWithin).toBeCloseTo(1 - forever.probAbandon, 12);
  });

  it('no demand: nothing waits, nothing is abandoned', () => {
    expect(erlangA({ arrivalRate: perHour(0), meanServiceTime: minutes(4), meanPatience: minutes(2), servers: 3, targetWait: minutes(1) })).toMatchObject({
      probWait: 0, probAbandon: 0, meanWait: 0, serviceLevel: 1, probAnsweredWithin: 1, utilisation: 0,
    });
  });

  it('throws RangeError naming the bad argument', () => {
    const base = { arrivalRate: perHour(360), meanServiceTime: minutes(4), meanPatience: minutes(2), servers: 25 };
    expect(() => erlangA({ ...base, meanPatience: minutes(0) })).toThrow(new RangeError('meanPatience must be a finite number > 0, got 0'));
    expect(() => erlangA({ ...base, meanPatience: minutes(Number.POSITIVE_INFINITY) })).toThrow(/meanPatience/);
    expect(() => erlangA({ ...base, servers: 0 })).toThrow(/servers/);
    expect(() => erlangA({ ...base, arrivalRate: perHour(-3) })).toThrow(/arrivalRate/);
    expect(() => erlangA({ ...base, targetWait: minutes(Number.NaN) })).toThrow(/targetWait/);
  });
});
