import { describe, expect, it } from 'vitest';
import { confidenceInterval } from './confidence-interval';
import { logGamma, studentTCdf, studentTQuantile } from './student-t';

describe('Student t quantiles against the NIST/SEMATECH e-Handbook table 1.3.6.7.2 (to the 3 decimals printed)', () => {
  // Upper critical values t_{0.975, ν} and t_{0.95, ν}.
  const table: [number, number, number][] = [
    [1, 12.706, 6.314],
    [2, 4.303, 2.92],
    [4, 2.776, 2.132],
    [9, 2.262, 1.833],
    [29, 2.045, 1.699],
    [100, 1.984, 1.66],
  ];
  for (const [df, t975, t95] of table) {
    it(`ν = ${df}: t_0.975 = ${t975}, t_0.95 = ${t95}`, () => {
      expect(studentTQuantile(0.975, df)).toBeCloseTo(t975, 3);
      expect(studentTQuantile(0.95, df)).toBeCloseTo(t95, 3);
      expect(studentTQuantile(0.025, df)).toBeCloseTo(-t975, 3);
    });
  }

  it('the CDF has the closed forms of ν = 1 (Cauchy) and ν = 2 (A&S 26.7.3)', () => {
    for (const t of [-3, -0.5, 0, 0.7, 2, 10]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
    }
  });

  it('ln Γ matches Γ(5) = 24, Γ(½) = √π, Γ(10.5) = 19!!·√π/2^10 (A&S 6.1.12)', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(10.5)).toBeCloseTo(Math.log((654_729_075 / 1024) * Math.sqrt(Math.PI)), 10);
  });

  it('rejects p outside (0, 1) and df <= 0, naming them', () => {
    expect(() => studentTQuantile(1, 3)).toThrow(/p:/);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/df:/);
  });
});

describe('confidenceInterval (Law 2015, §9.4.1)', () => {
  it('is x̄ ± t_{0.975,4}·s/√5 for five replications', () => {
    const values = [10, 12, 11, 13, 9];
    const estimate = confidenceInterval(values);
    expect(estimate.mean).toBe(11);
    // Squared deviations 1 + 1 + 0 + 4 + 4 = 10, s² = 10/4; t_{0.975,4} = 2.7764451 (NIST table, more digits).
    expect(estimate.halfWidth).toBeCloseTo(2.7764451 * Math.sqrt(10 / 4 / 5), 6);
    expect(estimate.replications).toBe(5);
  });

  it('leaves out NaN (undefined in that replication) and has no interval from one value', () => {
    expect(confidenceInterval([NaN, 4]).halfWidth).toBeNull();
    expect(confidenceInterval([NaN, 4]).mean).toBe(4);
    expect(confidenceInterval([]).replications).toBe(0);
  });
});
