import { describe, expect, it } from 'vitest';
import { proportionDifference, wilsonProportion } from './proportion';

describe('wilsonProportion', () => {
  // Newcombe (1998), Stat Med 17:857–872, Table I, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i → %f to %f (Newcombe 1998, Table I)', (successes, total, lower, upper) => {
    const result = wilsonProportion(successes, total);
    expect(result.rate).toBeCloseTo(successes / total, 12);
    expect(result.lower).toBeCloseTo(lower, 4);
    expect(result.upper).toBeCloseTo(upper, 4);
  });

  it('gives no rate or interval for an empty total', () => {
    expect(wilsonProportion(0, 0)).toEqual({ successes: 0, total: 0, rate: null, lower: null, upper: null });
  });

  it('is exactly [x, 1] at n/n', () => {
    const all = wilsonProportion(12, 12);
    expect(all.upper).toBe(1);
    expect(all.lower).toBeLessThan(1);
  });

  it('refuses impossible counts, naming the argument', () => {
    expect(() => wilsonProportion(3, 2)).toThrow(/successes/);
    expect(() => wilsonProportion(-1, 2)).toThrow(/successes/);
    expect(() => wilsonProportion(1, 2.5)).toThrow(/total/);
  });
});

describe('proportionDifference', () => {
  // Newcombe (1998), Stat Med 17:873–890, Table II, method 10 (hybrid score, no continuity correction).
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])('%i/%i − %i/%i → %f to %f (Newcombe 1998, Table II)', (a, m, b, n, lower, upper) => {
    const result = proportionDifference(wilsonProportion(a, m), wilsonProportion(b, n));
    expect(result).not.toBeNull();
    expect(result!.difference).toBeCloseTo(a / m - b / n, 12);
    expect(result!.lower).toBeCloseTo(lower, 4);
    expect(result!.upper).toBeCloseTo(upper, 4);
  });

  it('is null when either side has no total', () => {
    expect(proportionDifference(wilsonProportion(1, 2), wilsonProportion(0, 0))).toBeNull();
  });
});
