import { describe, expect, it } from 'vitest';
import { minutes, perHour, probability } from '../units';
import { erlangC } from './erlang-c';
import { exactErlangC, toNumber } from './exact-erlang.test-support';
import { postsAfterAbstraction, staffErlangC } from './staffing';

/** Independent reference: try N = 1, 2, … with exact rational C(N, A) until the service level is met. */
function smallestByExhaustion(args: { p: bigint; q: bigint; meanServiceTime: number; targetWait: number; serviceLevel: number; maxUtilisation?: number }): number {
  const load = Number(args.p) / Number(args.q);
  for (let servers = 1; ; servers++) {
    if (load >= servers || load / servers > (args.maxUtilisation ?? 1)) continue;
    const c = toNumber(exactErlangC(args.p, args.q, servers));
    if (1 - c * Math.exp((-(servers - load) * args.targetWait) / args.meanServiceTime) >= args.serviceLevel) return servers;
  }
}

describe('staffErlangC', () => {
  it('Wolfram Language documentation (ErlangC, applications): 30 calls/h, 5 min service, 90 % not delayed → 6 staff', () => {
    // "Not delayed" is a wait of at most 0: service level 1 − C(N, 2.5) >= 0.9.
    const result = staffErlangC({ arrivalRate: perHour(30), meanServiceTime: minutes(5), targetWait: minutes(0), serviceLevel: probability(0.9) });
    expect(result.servers).toBe(smallestByExhaustion({ p: 5n, q: 2n, meanServiceTime: 5, targetWait: 0, serviceLevel: 0.9 }));
    expect(result.servers).toBe(6);
    expect(result.serviceLevel).toBeCloseTo(1 - toNumber(exactErlangC(5n, 2n, 6)), 14);
  });

  it('Call Centre Helper worked example: 200 calls/h, 3 min, 80 % in 20 s → 14 agents (13 give 79.6 %)', () => {
    const result = staffErlangC({ arrivalRate: perHour(200), meanServiceTime: minutes(3), targetWait: minutes(20 / 60), serviceLevel: probability(0.8) });
    expect(result.servers).toBe(smallestByExhaustion({ p: 10n, q: 1n, meanServiceTime: 3, targetWait: 20 / 60, serviceLevel: 0.8 }));
    expect(result).toMatchObject({ servers: 14, posts: 14, offeredLoad: 10 });
    const thirteen = erlangC({ arrivalRate: perHour(200), meanServiceTime: minutes(3), servers: 13, targetWait: minutes(20 / 60) });
    expect(thirteen.stable && thirteen.serviceLevel).toBeLessThan(0.8);
    expect(result.utilisation).toBeCloseTo(10 / 14, 15);
  });

  it.each([
    [1234n, 10n, 4, 0.5, 0.9],
    [950n, 1n, 3, 0.1, 0.95],
    [48n, 1n, 4, 0.25, 0.8],
    [1n, 100n, 10, 1, 0.5],
  ])('A = %i/%i: matches exhaustive search with exact arithmetic', (p, q, meanServiceTime, targetWait, serviceLevel) => {
    const result = staffErlangC({ arrivalRate: perHour((60 * Number(p)) / Number(q) / meanServiceTime), meanServiceTime: minutes(meanServiceTime), targetWait: minutes(targetWait), serviceLevel: probability(serviceLevel) });
    expect(result.servers).toBe(smallestByExhaustion({ p, q, meanServiceTime, targetWait, serviceLevel }));
  });

  it('a maximum utilisation binds when the service level alone would allow busier servers', () => {
    // A = 8: the service level is met well below 10 servers, but 8/N <= 0.8 needs N >= 10 (and 8/10 is exactly 0.8).
    const result = staffErlangC({ arrivalRate: perHour(96), meanServiceTime: minutes(5), targetWait: minutes(5), serviceLevel: probability(0.5), maxUtilisation: probability(0.8) });
    expect(result.servers).toBe(10);
    expect(result.utilisation).toBe(0.8);
    expect(staffErlangC({ arrivalRate: perHour(96), meanServiceTime: minutes(5), targetWait: minutes(5), serviceLevel: probability(0.5) }).servers).toBeLessThan(10);
  });

  it('posts = ⌈N / (1 − abstraction)⌉, without floating-point overshoot', () => {
    expect(postsAfterAbstraction(7, 0.3)).toBe(10); // 7/0.7 is 10.000000000000002 in floating point
    expect(postsAfterAbstraction(12, 0.5)).toBe(24);
    expect(postsAfterAbstraction(13, 0.5)).toBe(26);
    expect(postsAfterAbstraction(10, 0.35)).toBe(16); // 15.38… → 16
    expect(postsAfterAbstraction(10, 0)).toBe(10);
    const result = staffErlangC({ arrivalRate: perHour(200), meanServiceTime: minutes(3), targetWait: minutes(20 / 60), serviceLevel: probability(0.8), abstraction: probability(0.5) });
    expect(result.posts).toBe(28);
  });

  it('no demand still needs one server on duty', () => {
    expect(staffErlangC({ arrivalRate: perHour(0), meanServiceTime: minutes(3), targetWait: minutes(0), serviceLevel: probability(0.99) })).toMatchObject({ servers: 1, serviceLevel: 1, utilisation: 0 });
  });

  it('throws RangeError naming the bad argument', () => {
    const base = { arrivalRate: perHour(200), meanServiceTime: minutes(3), targetWait: minutes(0.5), serviceLevel: probability(0.8) };
    expect(() => staffErlangC({ ...base, serviceLevel: probability(1) })).toThrow(new RangeError('serviceLevel must be in [0, 1), got 1'));
    expect(() => staffErlangC({ ...base, maxUtilisation: probability(0) })).toThrow(new RangeError('maxUtilisation must be in (0, 1], got 0'));
    expect(() => staffErlangC({ ...base, abstraction: probability(1) })).toThrow(/abstraction must be in \[0, 1\)/);
    expect(() => staffErlangC({ ...base, targetWait: minutes(-1) })).toThrow(/targetWait/);
    expect(() => staffErlangC({ ...base, arrivalRate: perHour(Number.NaN) })).toThrow(/arrivalRate/);
  });
});
