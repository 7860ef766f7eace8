import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangs, minutes, perHour, probability } from '../units';
import { erlangA } from './erlang-a';
import { erlangB } from './erlang-b';
import { erlangC, erlangCProbWait } from './erlang-c';
import { staffErlangC } from './staffing';

// Property tests (fast-check, fixed seeds): every probability in [0, 1] and finite, waiting falls
// as servers are added, and nothing becomes NaN or Infinity up to N = 10,000 — including loads a
// hair below N, where Erlang C is most ill-conditioned, and loads far above it.
const SETTINGS = { seed: 4_2024, numRuns: 200 };

const servers = fc.integer({ min: 1, max: 10_000 });
/** A load relative to N: mostly near N (the hard region), sometimes tiny or far above. */
const loadFactor = fc.oneof(
  fc.double({ min: 0, max: 3, noNaN: true }),
  fc.double({ min: 0.99, max: 1 - 1e-12, noNaN: true }),
  fc.constantFrom(0, 1e-9, 1 - 1e-15, 1, 1 + 1e-12, 50),
);
const isProbability = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;

describe('Erlang B / C properties', () => {
  it('B and C are finite probabilities for N up to 10,000 and any load', () => {
    fc.assert(
      fc.property(servers, loadFactor, (n, factor) => {
        const load = erlangs(n * factor);
        expect(isProbability(erlangB(load, n))).toBe(true);
        expect(isProbability(erlangCProbWait(load, n))).toBe(true);
        const result = erlangC({ arrivalRate: perHour(load * 60), meanServiceTime: minutes(1), servers: n, targetWait: minutes(0.1) });
        if (result.stable) {
          expect(isProbability(result.serviceLevel ?? Number.NaN)).toBe(true);
          expect(Number.isFinite(result.meanWait) && result.meanWait >= 0).toBe(true);
          expect(isProbability(result.utilisation)).toBe(true);
        } else {
          expect(load).toBeGreaterThanOrEqual(n);
        }
      }),
      SETTINGS,
    );
  });

  it('B and C never increase when a server is added (same load)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999 }), loadFactor, (n, factor) => {
        const load = erlangs(n * factor);
        expect(erlangB(load, n + 1)).toBeLessThanOrEqual(erlangB(load, n));
        expect(erlangCProbWait(load, n + 1)).toBeLessThanOrEqual(erlangCProbWait(load, n));
      }),
      SETTINGS,
    );
  });

  it('C >= B (waiting is likelier than blocking would be)', () => {
    fc.assert(
      fc.property(servers, loadFactor, (n, factor) => {
        const load = erlangs(n * factor);
        expect(erlangCProbWait(load, n)).toBeGreaterThanOrEqual(erlangB(load, n));
      }),
      SETTINGS,
    );
  });
});

describe('Erlang A properties', () => {
  const patienceRatio = fc.oneof(fc.double({ min: 0.01, max: 20, noNaN: true }), fc.constantFrom(1e-6, 1, 1e3));

  it('all measures finite and in range for N up to 10,000, loads from 0 to 3N', () => {
    fc.assert(
      fc.property(servers, loadFactor, patienceRatio, fc.double({ min: 0, max: 10, noNaN: true }), (n, factor, ratio, target) => {
        const result = erlangA({ arrivalRate: perHour(n * factor * 60), meanServiceTime: minutes(1), meanPatience: minutes(ratio), servers: n, targetWait: minutes(target) });
        for (const value of [result.probWait, result.probAbandon, result.serviceLevel ?? Number.NaN, result.probAnsweredWithin ?? Number.NaN, result.utilisation]) {
          expect(isProbability(value)).toBe(true);
        }
        expect(Number.isFinite(result.meanWait) && result.meanWait >= 0).toBe(true);
        // Answered within t is a subset of "waited at most t" (which also counts early hang-ups).
        expect(result.probAnsweredWithin ?? 0).toBeLessThanOrEqual((result.serviceLevel ?? 0) + 1e-12);
        expect(result.probAbandon).toBeLessThanOrEqual(result.probWait + 1e-12);
      }),
      { ...SETTINGS, numRuns: 100 },
    );
  });

  it('P(wait) and P(abandon) never increase when a server is added', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000 }), loadFactor, patienceRatio, (n, factor, ratio) => {
        const input = { arrivalRate: perHour(n * factor * 60), meanServiceTime: minutes(1), meanPatience: minutes(ratio) };
        const fewer = erlangA({ ...input, servers: n });
        const more = erlangA({ ...input, servers: n + 1 });
        expect(more.probWait).toBeLessThanOrEqual(fewer.probWait * (1 + 1e-12));
        expect(more.probAbandon).toBeLessThanOrEqual(fewer.probAbandon * (1 + 1e-12));
      }),
      { ...SETTINGS, numRuns: 100 },
    );
  });
});

describe('staffing properties', () => {
  it('the staffing found is the smallest N that meets the target', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 2_000, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0.05, max: 0.99, noNaN: true }), (load, target, level) => {
        const input = { arrivalRate: perHour(load * 60), meanServiceTime: minutes(1), targetWait: minutes(target), serviceLevel: probability(level) };
        const result = staffErlangC(input);
        expect(result.serviceLevel).toBeGreaterThanOrEqual(level);
        if (result.servers > 1) {
          const fewer = erlangC({ ...input, servers: result.servers - 1 });
          if (fewer.stable) expect(fewer.serviceLevel).toBeLessThan(level);
        }
      }),
      SETTINGS,
    );
  });
});
