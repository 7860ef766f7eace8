import { describe, expect, it } from 'vitest';
import { erlangs } from '../units';
import { erlangB } from './erlang-b';
import { exactErlangB, toNumber } from './exact-erlang.test-support';

// Independent check throughout: exact rational arithmetic on the closed form (A^N/N!)/Σ A^k/k!
// (exact-erlang.test-support.ts), against the engine's floating-point recursion.

describe('erlangB', () => {
  it('A = 2, N = 3: B = 4/19 = 0.2105263 (closed form; Gross et al., Fundamentals of Queueing Theory, 4th ed., ch. 2, M/M/c/c)', () => {
    const exact = exactErlangB(2n, 1n, 3);
    expect(exact).toEqual({ num: 8n, den: 38n }); // 8/38 = 4/19
    expect(erlangB(erlangs(2), 3)).toBeCloseTo(0.2105263, 7);
  });

  it.each([
    // [N, A, q] with A = p/q: exact rational vs recursion to 1e-13 relative.
    [1, 1n, 1n],
    [5, 7n, 2n],
    [30, 24n, 1n],
    [55, 48n, 1n],
    [200, 3701n, 20n],
    [1000, 950n, 1n],
    [2000, 1500n, 1n],
  ])('N = %i, A = %i/%i agrees with exact rational arithmetic to 1e-13', (servers, p, q) => {
    const expected = toNumber(exactErlangB(p, q, servers));
    const actual = erlangB(erlangs(Number(p) / Number(q)), servers);
    expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-13);
  });

  // The standard Erlang B table (1 % and 0.1 % grade-of-service columns, loads to 4 significant
  // figures), as printed in teletraffic texts and Erlang calculators. Each table entry A is checked two ways: exact
  // rational B at A ∓ half a unit in the last place brackets the grade of service (so the table is
  // right to the digits printed, independently of the engine), and the engine's B at A matches
  // the grade of service to the table's precision.
  it.each([
    [10, '4.461', 0.01],
    [20, '12.03', 0.01],
    [50, '37.90', 0.01],
    [100, '84.06', 0.01],
    [10, '3.092', 0.001],
    [20, '9.411', 0.001],
    [100, '75.24', 0.001],
  ])('Erlang B table: N = %i carries A = %s Erlangs at B = %f', (servers, tableLoad, grade) => {
    const decimals = tableLoad.split('.')[1]?.length ?? 0;
    const scale = 10n ** BigInt(decimals + 1);
    const units = BigInt(tableLoad.replace('.', '')) * 10n; // A·scale
    const lower = toNumber(exactErlangB(units - 5n, scale, servers));
    const upper = toNumber(exactErlangB(units + 5n, scale, servers));
    expect(lower).toBeLessThan(grade);
    expect(upper).toBeGreaterThan(grade);
    const engine = erlangB(erlangs(Number(tableLoad)), servers);
    expect(engine).toBeGreaterThan(lower);
    expect(engine).toBeLessThan(upper);
  });

  it('stays finite and exact-looking at N = 10,000 (underflows gracefully to 0 for tiny loads)', () => {
    expect(erlangB(erlangs(9_500), 10_000)).toBeGreaterThan(0);
    expect(erlangB(erlangs(9_500), 10_000)).toBeLessThan(0.01);
    expect(erlangB(erlangs(1), 10_000)).toBe(0);
    expect(erlangB(erlangs(1e9), 10_000)).toBeCloseTo(1 - 10_000 / 1e9, 9);
    expect(erlangB(erlangs(0), 3)).toBe(0);
  });

  it('throws RangeError naming the argument', () => {
    expect(() => erlangB(erlangs(-1), 3)).toThrow(new RangeError('offeredLoad must be a finite number >= 0, got -1'));
    expect(() => erlangB(erlangs(Number.NaN), 3)).toThrow(/offeredLoad/);
    expect(() => erlangB(erlangs(2), 0)).toThrow(new RangeError('servers must be a whole number >= 1, got 0'));
    expect(() => erlangB(erlangs(2), 2.5)).toThrow(/servers/);
  });
});
