import { describe, expect, it } from 'vitest';
import { buildAliasTables, sampleAlias } from './alias-table';
import { binomial, exponential, lognormal, lognormalParameters, standardNormal } from './distributions';
import { Xoshiro128 } from './xoshiro128';

const N = 400_000;

/** Sample mean and variance of `draw` over N draws. */
function moments(draw: () => number): { mean: number; variance: number } {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < N; i += 1) {
    const x = draw();
    sum += x;
    squares += x * x;
  }
  const mean = sum / N;
  return { mean, variance: squares / N - mean * mean };
}

describe('random variates (moments within 5 standard errors of 400,000 draws)', () => {
  it('exponential(mean 3) has mean 3 and variance 9', () => {
    const random = Xoshiro128.fromSeed(1);
    const { mean, variance } = moments(() => exponential(random, 3));
    expect(Math.abs(mean - 3)).toBeLessThan(5 * Math.sqrt(9 / N));
    expect(Math.abs(variance - 9) / 9).toBeLessThan(0.03);
  });

  it('standardNormal has mean 0 and variance 1', () => {
    const random = Xoshiro128.fromSeed(2);
    const { mean, variance } = moments(() => standardNormal(random));
    expect(Math.abs(mean)).toBeLessThan(5 * Math.sqrt(1 / N));
    expect(Math.abs(variance - 1)).toBeLessThan(0.015);
  });

  it('lognormal from (mean 120, cv 0.8) has that mean and standard deviation', () => {
    const random = Xoshiro128.fromSeed(3);
    const { mu, sigma } = lognormalParameters(120, 0.8);
    const { mean, variance } = moments(() => lognormal(random, mu, sigma));
    expect(Math.abs(mean - 120)).toBeLessThan(5 * Math.sqrt((96 * 96) / N));
    expect(Math.abs(Math.sqrt(variance) - 96) / 96).toBeLessThan(0.05);
  });

  it('binomial(20, 0.3) has mean 6 and variance 4.2', () => {
    const random = Xoshiro128.fromSeed(4);
    const { mean, variance } = moments(() => binomial(random, 20, 0.3));
    expect(Math.abs(mean - 6)).toBeLessThan(5 * Math.sqrt(4.2 / N));
    expect(Math.abs(variance - 4.2) / 4.2).toBeLessThan(0.03);
  });

  it('lognormalParameters rejects a mean <= 0 and a negative cv, naming them', () => {
    expect(() => lognormalParameters(0, 1)).toThrow(/mean/);
    expect(() => lognormalParameters(1, -1)).toThrow(/cv/);
  });
});

describe('alias tables (Walker 1977, Vose 1991)', () => {
  it('draws each outcome with its weight (two rows, chi-square below the 0.1 % critical value)', () => {
    const weights = new Float64Array([1, 2, 3, 4, 0, 5, 0, 0, 5, 10]);
    const tables = buildAliasTables(weights, 5);
    const random = Xoshiro128.fromSeed(5);
    for (const row of [0, 1]) {
      const counts = new Array<number>(5).fill(0);
      for (let i = 0; i < N; i += 1) counts[sampleAlias(tables, row, random)]! += 1;
      const rowWeights = Array.from(weights.slice(row * 5, row * 5 + 5));
      const total = rowWeights.reduce((a, b) => a + b, 0);
      let chiSquare = 0;
      rowWeights.forEach((w, i) => {
        if (w === 0) expect(counts[i]).toBe(0);
        else chiSquare += (counts[i]! - (N * w) / total) ** 2 / ((N * w) / total);
      });
      // 4 degrees of freedom at most: the 0.1 % critical value is 18.47.
      expect(chiSquare).toBeLessThan(18.47);
    }
  });

  it('rejects an all-zero row and negative weights, naming the row', () => {
    expect(() => buildAliasTables(new Float64Array([1, 1, 0, 0]), 2)).toThrow(/weights\[1\]/);
    expect(() => buildAliasTables(new Float64Array([1, -1]), 2)).toThrow(/weights\[0\]\[1\]/);
  });
});
