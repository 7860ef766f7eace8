import { describe, expect, it } from 'vitest';
import { meanDifference, quantileOfSorted, summariseSample } from './sample-summary';

// Student's sleep data (Cushny & Peebles 1905, as in Student 1908 and R's `datasets::sleep`):
// extra hours of sleep under two drugs, ten patients each.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0, 2];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('summariseSample', () => {
  it('gives the mean and its 95 % t interval (sleep data, drug 2: mean 2.33)', () => {
    const summary = summariseSample(drug2);
    expect(summary.count).toBe(10);
    expect(summary.mean).toBeCloseTo(2.33, 12);
    // R: t.test(sleep$extra[11:20]) → 95 % CI 0.8976775 3.7623225.
    expect(summary.lower).toBeCloseTo(0.8976775, 6);
    expect(summary.upper).toBeCloseTo(3.7623225, 6);
    // R: quantile(x, c(0.5, 0.9)) (type 7) → 1.75, 4.69.
    expect(summary.median).toBeCloseTo(1.75, 12);
    expect(summary.p90).toBeCloseTo(4.69, 12);
  });

  it('is empty for no values and has no interval for one', () => {
    expect(summariseSample([])).toMatchObject({ count: 0, mean: null, median: null });
    expect(summariseSample([4])).toMatchObject({ count: 1, mean: 4, lower: null, upper: null, median: 4, p90: 4, variance: null });
  });

  it('refuses a non-finite value, naming it', () => {
    expect(() => summariseSample([1, Number.NaN])).toThrow(/values\[1\]/);
  });
});

describe('quantileOfSorted', () => {
  it('interpolates between order statistics (Hyndman & Fan type 7)', () => {
    expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileOfSorted([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantileOfSorted([7], 0.9)).toBe(7);
  });
});

describe('meanDifference (Welch)', () => {
  it('matches R t.test(extra ~ group, data = sleep): df 17.776, 95 % CI −3.3654832 to 0.2054832', () => {
    const result = meanDifference(summariseSample(drug1), summariseSample(drug2));
    expect(result).not.toBeNull();
    expect(result!.difference).toBeCloseTo(0.75 - 2.33, 12);
    expect(result!.degreesOfFreedom).toBeCloseTo(17.776, 3);
    expect(result!.lower).toBeCloseTo(-3.3654832, 5);
    expect(result!.upper).toBeCloseTo(0.2054832, 5);
  });

  it('is null when a sample is too small or nothing varies', () => {
    expect(meanDifference(summariseSample([1]), summariseSample(drug1))).toBeNull();
    expect(meanDifference(summariseSample([2, 2]), summariseSample([3, 3]))).toBeNull();
  });
});
