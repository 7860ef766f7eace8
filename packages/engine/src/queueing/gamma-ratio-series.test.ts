import { describe, expect, it } from 'vitest';
import { gammaRatioSeries, logSeriesSum } from './gamma-ratio-series';
import { logGammaRatio } from './log-gamma-ratio';

/** Σ_{j<d} ln(x + j) with Kahan summation: the definition, term by term. */
function directLogGammaRatio(x: number, d: number): number {
  let sum = 0;
  let carry = 0;
  for (let j = 0; j < d; j++) {
    const term = Math.log(x + j) - carry;
    const next = sum + term;
    carry = next - sum - term;
    sum = next;
  }
  return sum;
}

/** ln S_c(y) and ln M_c(y) by walking every term from k = 0 in log space (slow, obviously right). */
function directSeries(y: number, c: number, terms: number): { logSum: number; logMoment: number } {
  const logs: number[] = [0];
  for (let k = 1; k < terms; k++) logs.push((logs[k - 1] as number) + Math.log(y / (c + k)));
  const peak = logs.reduce((high, log) => Math.max(high, log), -Infinity);
  let sum = 0;
  let moment = 0;
  logs.forEach((log, k) => {
    sum += Math.exp(log - peak);
    moment += k * Math.exp(log - peak);
  });
  return { logSum: peak + Math.log(sum), logMoment: peak + Math.log(moment) };
}

describe('logGammaRatio', () => {
  it.each([
    [0.3, 0], [0.3, 1], [0.3, 40], [1, 31], [1, 33], [2.5, 1000], [15.5, 100_000], [1e4, 5_000], [1e10, 3_000], [1e10, 200_000],
  ])('ln Γ(%f + d) − ln Γ(x) with d = %i matches the direct sum of logs', (x, d) => {
    const expected = directLogGammaRatio(x, d);
    const actual = logGammaRatio(x, d);
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
  });
});

describe('gammaRatioSeries', () => {
  it.each([
    // [y, c, terms to sum directly]
    [0.5, 3, 200],
    [18.75, 30, 400],
    [30, 18.75, 400],
    [2e4, 1e4, 40_000],
    [1e6, 1e6 + 0.5, 60_000],
    [9.5e3, 1e4, 5_000],
    [3e5, 1e3, 400_000],
  ])('y = %f, c = %f: the scaled sum and first moment match direct summation', (y, c, terms) => {
    const expected = directSeries(y, c, terms);
    const series = gammaRatioSeries(y, c);
    expect(Math.abs(logSeriesSum(series) - expected.logSum)).toBeLessThan(1e-12 * Math.max(1, Math.abs(expected.logSum)));
    const logMoment = series.logScale + Math.log(series.firstMoment);
    expect(Math.abs(logMoment - expected.logMoment)).toBeLessThan(1e-12 * Math.max(1, Math.abs(expected.logMoment)));
  });

  it('is 1 with no arrivals', () => {
    expect(gammaRatioSeries(0, 5)).toEqual({ logScale: 0, sum: 1, firstMoment: 0 });
  });
});
