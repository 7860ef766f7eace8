/** One suite, run against both implementations (exact and A-hypercube): what any hypercube solver must satisfy. */
import { describe, expect, it } from 'vitest';
import { perHour } from '../units';
import { approximateHypercube } from './approximate-hypercube';
import { solveHypercube } from './exact-hypercube';
import { erlangCReference, gridCity, symmetricSystem } from './test-systems';
import type { HypercubeInput, HypercubeOptions, HypercubeResult, HypercubeSolution } from './types';

const solvers: [string, (input: HypercubeInput, options?: HypercubeOptions) => HypercubeResult][] = [
  ['exact', solveHypercube],
  ['A-hypercube', approximateHypercube],
];

function solved(result: HypercubeResult): HypercubeSolution {
  if (!result.stable) throw new Error(`expected a stable system: ${result.reason}`);
  return result;
}

describe.each(solvers)('%s hypercube', (_name, solve) => {
  // Identity: with one atom per unit, equal rates and symmetric preferences every unit is alike, so
  // the model is M/M/N: each workload is λ/(Nμ) and P(all busy) is Erlang C's P(wait).
  it.each([
    [1, 0.7, 1],
    [3, 1.5, 1],
    [5, 12, 3],
    [8, 20, 4],
    [12, 33, 3],
  ])('N = %i, λ = %f/h, μ = %f/h equals M/M/N (workloads λ/(Nμ), P(all busy) = Erlang C) to 1e-10', (units, lambda, mu) => {
    const result = solved(solve(symmetricSystem(units, lambda, mu)));
    for (const rho of result.workloads) expect(Math.abs(rho - lambda / (units * mu))).toBeLessThan(1e-10);
    expect(Math.abs(result.probAllBusy - erlangCReference(units, lambda / mu))).toBeLessThan(1e-10);
  });

  it('each atom\'s dispatch fractions sum to 1, and the workloads carry the offered load λ/μ', () => {
    const city = gridCity({ unitGrid: [3, 2], atomGrid: [6, 4], utilisation: 0.75, seed: 42 });
    const result = solved(solve(city));
    for (const row of result.dispatchFractions) expect(row.reduce((sum, f) => sum + f, 0)).toBeCloseTo(1, 12);
    const load = city.atoms.reduce((sum, atom) => sum + atom.arrivalRate, 0) / city.serviceRate;
    expect(result.workloads.reduce((sum, rho) => sum + rho, 0)).toBeCloseTo(load, 10);
  });

  it('a unit that is every atom\'s last choice works least', () => {
    const result = solved(solve({ serviceRate: perHour(1), atoms: [{ arrivalRate: perHour(0.8), preference: [0, 1, 2] }, { arrivalRate: perHour(0.8), preference: [1, 0, 2] }] }));
    expect(result.workloads[2]!).toBeLessThan(result.workloads[0]!);
    expect(result.workloads[2]!).toBeLessThan(result.workloads[1]!);
  });

  it('with travel times gives meanTravelMin; without, leaves it out', () => {
    const city = gridCity({ unitGrid: [2, 1], atomGrid: [4, 2], utilisation: 0.5, seed: 1 });
    expect(solved(solve(city)).meanTravelMin).toBeGreaterThan(0);
    expect(solved(solve({ ...city, travelMin: undefined }))).not.toHaveProperty('meanTravelMin');
  });

  it('returns the typed unstable result at Σλ = Nμ exactly', () => {
    expect(solve(symmetricSystem(4, 8, 2))).toMatchObject({ stable: false, units: 4, offeredLoad: 4 });
  });
});
