/** Property tests (fast-check, fixed seed) over small random hypercube systems. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perHour } from '../units';
import { approximateHypercube } from './approximate-hypercube';
import { solveHypercubeDense } from './dense-reference';
import { completePreference } from './dispatch-system';
import { solveHypercube } from './exact-hypercube';
import type { HypercubeInput } from './types';

/** 1–6 units, 1–6 atoms with random preference prefixes, a load strictly below N. */
const systems = fc.integer({ min: 1, max: 6 }).chain((units) =>
  fc.record({
    units: fc.constant(units),
    utilisation: fc.double({ min: 0.01, max: 0.97, noNaN: true }),
    atoms: fc.array(
      fc.record({
        weight: fc.double({ min: 0, max: 10, noNaN: true }),
        preference: fc.shuffledSubarray([...Array(units).keys()], { minLength: 1 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  }),
).filter(({ atoms }) => atoms.some((atom) => atom.weight > 0));

function toInput({ units, utilisation, atoms }: { units: number; utilisation: number; atoms: { weight: number; preference: number[] }[] }): HypercubeInput {
  const total = atoms.reduce((sum, atom) => sum + atom.weight, 0);
  const serviceRate = 2;
  return {
    serviceRate: perHour(serviceRate),
    units,
    atoms: atoms.map((atom) => ({ arrivalRate: perHour((atom.weight / total) * utilisation * units * serviceRate), preference: atom.preference })),
  };
}

const settings = { seed: 20240601, numRuns: 150 };

describe('hypercube properties', () => {
  for (const [name, solve] of [['exact', solveHypercube], ['A-hypercube', approximateHypercube]] as const) {
    it(`${name}: workloads in [0, 1] summing to λ/μ, rows summing to 1, nothing NaN`, () => {
      fc.assert(
        fc.property(systems, (system) => {
          const input = toInput(system);
          const result = solve(input);
          if (!result.stable) return false;
          const load = input.atoms.reduce((sum, atom) => sum + atom.arrivalRate, 0) / input.serviceRate;
          const numbers = [...result.workloads, result.probAllBusy, result.fractionInterResponse, ...result.dispatchFractions.flat()];
          expect(numbers.every(Number.isFinite)).toBe(true);
          expect(numbers.every((p) => p >= 0 && p <= 1)).toBe(true);
          expect(Math.abs(result.workloads.reduce((sum, rho) => sum + rho, 0) - load)).toBeLessThan(1e-9);
          for (const row of result.dispatchFractions) expect(Math.abs(row.reduce((sum, f) => sum + f, 0) - 1)).toBeLessThan(1e-9);
          expect(result.converged).toBe(true);
          return true;
        }),
        settings,
      );
    });
  }

  it('exact: equals the brute-force dense solution to 1e-9', () => {
    fc.assert(
      fc.property(systems, (system) => {
        const input = toInput(system);
        const result = solveHypercube(input);
        if (!result.stable) return false;
        const reference = solveHypercubeDense(system.units, input.serviceRate, input.atoms.map((atom) => ({ rate: atom.arrivalRate, order: [...completePreference(atom.preference, system.units)] })));
        result.workloads.forEach((rho, n) => expect(Math.abs(rho - reference.workloads[n]!)).toBeLessThan(1e-9));
        result.dispatchFractions.forEach((row, j) => row.forEach((f, n) => expect(Math.abs(f - reference.dispatchFractions[j]![n]!)).toBeLessThan(1e-9)));
        return true;
      }),
      { ...settings, numRuns: 60 },
    );
  });
});
