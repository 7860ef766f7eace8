import { describe, expect, it } from 'vitest';
import { erlangs, minutes, perHour } from '../units';
import { erlangC, erlangCProbWait, type ErlangCResult, type ErlangCStable } from './erlang-c';
import { exactErlangC, toNumber } from './exact-erlang.test-support';

// Every expected value below is also computed independently in the test: C(N, A) in exact rational
// arithmetic from the closed form (exact-erlang.test-support.ts), mean wait = C·m/(N − A) from
// that exact C, and service level 1 − C·e^{−(N−A)t/m} from it. Published figures are checked to
// the digits published.

function stable(result: ErlangCResult): ErlangCStable {
  if (!result.stable) throw new Error(`expected a stable queue: ${result.reason}`);
  return result;
}

describe('erlangC', () => {
  it('C(3, 2) = 4/9 (Wolfram Language documentation, ErlangC, basic example)', () => {
    const exact = toNumber(exactErlangC(2n, 1n, 3));
    expect(exact).toBeCloseTo(4 / 9, 15);
    expect(erlangCProbWait(erlangs(2), 3)).toBeCloseTo(0.4444444, 7);
  });

  it('two 1 Mbps lines, 150 packets/s of mean 10 kb: P(wait) = 9/14 = 0.6428571 (Wolfram Language documentation, ErlangC, applications)', () => {
    // μ = 1 Mbps / 10 kb = 100 per second per line, so A = 1.5 Erlangs on 2 lines.
    expect(toNumber(exactErlangC(3n, 2n, 2))).toBeCloseTo(9 / 14, 15);
    expect(erlangCProbWait(erlangs(1.5), 2)).toBeCloseTo(0.6428571, 7);
  });

  it('Call Centre Helper worked example: 100 calls per 30 min, 3 min handling, 11 agents, 20 s target → P(wait) 68.21 %, service level 39 %', () => {
    // "Erlang C Formula – Made Simple With an Easy Worked Example", callcentrehelper.com.
    // λ = 200/h, m = 3 min, so A = 10 Erlangs.
    const result = stable(erlangC({ arrivalRate: perHour(200), meanServiceTime: minutes(3), servers: 11, targetWait: minutes(20 / 60) }));
    const exact = toNumber(exactErlangC(10n, 1n, 11));
    expect(result.offeredLoad).toBe(10);
    expect(Math.abs(result.probWait - exact)).toBeLessThan(1e-14);
    expect(result.probWait).toBeCloseTo(0.6821, 4);
    expect(result.serviceLevel).toBeCloseTo(1 - exact * Math.exp(-(11 - 10) * (20 / 180)), 13);
    expect(result.serviceLevel).toBeCloseTo(0.39, 2); // published as "39 %"
    expect(result.meanWait).toBeCloseTo((exact * 3) / (11 - 10), 13); // 2.046 min
    expect(result.utilisation).toBeCloseTo(10 / 11, 15);
  });

  it('the same example with 14 agents meets the 80 % in 20 s target', () => {
    const result = stable(erlangC({ arrivalRate: perHour(200), meanServiceTime: minutes(3), servers: 14, targetWait: minutes(20 / 60) }));
    const exact = toNumber(exactErlangC(10n, 1n, 14));
    expect(result.serviceLevel).toBeCloseTo(1 - exact * Math.exp(-(14 - 10) * (20 / 180)), 13);
    expect(result.serviceLevel).toBeGreaterThan(0.8);
  });

  it('360 calls per half hour, 4 min calls, 55 agents, 15 s target: C, mean wait and service level match exact arithmetic', () => {
    // The inputs of the widely reproduced step-by-step "Erlang-C formula" example; the expected
    // values are computed here exactly. λ = 720/h, m = 4 min: A = 48 Erlangs.
    const result = stable(erlangC({ arrivalRate: perHour(720), meanServiceTime: minutes(4), servers: 55, targetWait: minutes(0.25) }));
    const exact = toNumber(exactErlangC(48n, 1n, 55));
    expect(result.offeredLoad).toBe(48);
    expect(Math.abs(result.probWait - exact)).toBeLessThan(1e-14);
    expect(result.meanWait * 60).toBeCloseTo((exact * 240) / 7, 11); // seconds
    expect(result.serviceLevel).toBeCloseTo(1 - exact * Math.exp((-7 * 15) / 240), 13);
  });

  it.each([
    [1, 1n, 2n],
    [10, 19n, 2n],
    [100, 97n, 1n],
    [1000, 9999n, 10n],
  ])('N = %i, A = %i/%i agrees with exact rational arithmetic to 1e-12 (including A very close to N)', (servers, p, q) => {
    const load = Number(p) / Number(q);
    const exact = toNumber(exactErlangC(p, q, servers));
    expect(Math.abs(erlangCProbWait(erlangs(load), servers) - exact) / exact).toBeLessThan(1e-12);
  });

  it('serviceLevel is null without a target, and 1 − C at t = 0', () => {
    const withoutTarget = stable(erlangC({ arrivalRate: perHour(200), meanServiceTime: minutes(3), servers: 12 }));
    expect(withoutTarget.serviceLevel).toBeNull();
    const atZero = stable(erlangC({ arrivalRate: perHour(200), meanServiceTime: minutes(3), servers: 12, targetWait: minutes(0) }));
    expect(atZero.serviceLevel).toBeCloseTo(1 - atZero.probWait, 15);
  });

  it('λ ≥ Nμ is a typed unstable result, not a throw', () => {
    const result = erlangC({ arrivalRate: perHour(200), meanServiceTime: minutes(3), servers: 10 });
    expect(result).toEqual({ stable: false, offeredLoad: 10, servers: 10, reason: 'offered load 10 Erlangs is not below 10 server(s): the queue grows without bound' });
    expect(erlangC({ arrivalRate: perHour(2000), meanServiceTime: minutes(3), servers: 10 }).stable).toBe(false);
    expect(erlangCProbWait(erlangs(12), 10)).toBe(1);
  });

  it('no demand: nobody waits', () => {
    const result = stable(erlangC({ arrivalRate: perHour(0), meanServiceTime: minutes(3), servers: 1, targetWait: minutes(0) }));
    expect(result).toMatchObject({ probWait: 0, meanWait: 0, serviceLevel: 1, utilisation: 0 });
  });

  it('throws RangeError naming the bad argument', () => {
    const base = { arrivalRate: perHour(200), meanServiceTime: minutes(3), servers: 12 };
    expect(() => erlangC({ ...base, arrivalRate: perHour(-1) })).toThrow(new RangeError('arrivalRate must be a finite number >= 0, got -1'));
    expect(() => erlangC({ ...base, arrivalRate: perHour(Number.NaN) })).toThrow(/arrivalRate/);
    expect(() => erlangC({ ...base, meanServiceTime: minutes(0) })).toThrow(/meanServiceTime must be a finite number > 0/);
    expect(() => erlangC({ ...base, servers: 0 })).toThrow(/servers must be a whole number >= 1/);
    expect(() => erlangC({ ...base, targetWait: minutes(-0.5) })).toThrow(/targetWait/);
  });
});
