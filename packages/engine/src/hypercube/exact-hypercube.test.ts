import { describe, expect, it } from 'vitest';
import { minutes, perHour } from '../units';
import { solveHypercubeDense } from './dense-reference';
import { MAX_EXACT_UNITS, solveHypercube } from './exact-hypercube';
import { gridCity, LARSON_ODONI_PUBLISHED, LARSON_ODONI_THREE_UNIT } from './test-systems';
import type { HypercubeInput, HypercubeResult, HypercubeSolution } from './types';

function solved(result: HypercubeResult): HypercubeSolution {
  if (!result.stable) throw new Error(`expected a stable system: ${result.reason}`);
  return result;
}

/** The dense reference needs full orders; the tests only pass those. */
function dense(input: HypercubeInput) {
  const units = input.units ?? Math.max(...input.atoms.map((atom) => atom.preference.length));
  return solveHypercubeDense(units, input.serviceRate, input.atoms.map((atom) => ({ rate: atom.arrivalRate, order: atom.preference })));
}

describe('exact hypercube: Larson & Odoni (1981) §5.4.3 three-unit example', () => {
  const result = solved(solveHypercube(LARSON_ODONI_THREE_UNIT));

  it('workloads 0.5574, 0.4734, 0.4693 (§5.5.3) to 4 significant figures (±5e-5)', () => {
    result.workloads.forEach((rho, n) => expect(Math.abs(rho - LARSON_ODONI_PUBLISHED.exactWorkloads[n]!)).toBeLessThanOrEqual(5e-5));
  });

  it('P(all busy) = P\'_Q = 0.23684 (§5.4.4) to 5 significant figures (±5e-6)', () => {
    expect(Math.abs(result.probAllBusy - LARSON_ODONI_PUBLISHED.probAllBusy)).toBeLessThanOrEqual(5e-6);
  });

  it('interresponse fraction 0.43529 (§5.4.4) to 4 significant figures (±5e-5)', () => {
    expect(Math.abs(result.fractionInterResponse - LARSON_ODONI_PUBLISHED.fractionInterResponse)).toBeLessThanOrEqual(5e-5);
  });

  it('agrees with the brute-force dense solution (explicit queue states, Gaussian elimination) to 1e-12', () => {
    const reference = dense(LARSON_ODONI_THREE_UNIT);
    result.workloads.forEach((rho, n) => expect(rho).toBeCloseTo(reference.workloads[n]!, 12));
    expect(result.probAllBusy).toBeCloseTo(reference.probAllBusy, 12);
    result.dispatchFractions.forEach((row, j) => row.forEach((f, n) => expect(f).toBeCloseTo(reference.dispatchFractions[j]![n]!, 12)));
    expect(result.converged).toBe(true);
  });

  it('carried load Σρ_n equals λ/μ = 1.5 and each atom\'s dispatch fractions sum to 1', () => {
    expect(result.workloads.reduce((sum, rho) => sum + rho, 0)).toBeCloseTo(1.5, 12);
    for (const row of result.dispatchFractions) expect(row.reduce((sum, f) => sum + f, 0)).toBeCloseTo(1, 12);
  });
});

describe('exact hypercube against the dense reference', () => {
  it('a 3 × 3 grid city of 9 units and 36 atoms at 70 % load, every output to 1e-10', () => {
    const city = gridCity({ unitGrid: [3, 3], atomGrid: [6, 6], utilisation: 0.7, seed: 11 });
    const result = solved(solveHypercube(city));
    const reference = dense(city);
    result.workloads.forEach((rho, n) => expect(Math.abs(rho - reference.workloads[n]!)).toBeLessThan(1e-10));
    expect(Math.abs(result.probAllBusy - reference.probAllBusy)).toBeLessThan(1e-10);
    result.dispatchFractions.forEach((row, j) => row.forEach((f, n) => expect(Math.abs(f - reference.dispatchFractions[j]![n]!)).toBeLessThan(1e-10)));
  });

  it('mean travel time is Σ_j (λ_j/λ) Σ_n f_jn τ_jn', () => {
    const city = gridCity({ unitGrid: [2, 2], atomGrid: [4, 4], utilisation: 0.6, seed: 3 });
    const result = solved(solveHypercube(city));
    const reference = dense(city);
    const lambda = city.atoms.reduce((sum, atom) => sum + atom.arrivalRate, 0);
    let expected = 0;
    city.atoms.forEach((atom, j) => reference.dispatchFractions[j]!.forEach((f, n) => (expected += (atom.arrivalRate / lambda) * f * city.travelMin![j]![n]!)));
    expect(result.meanTravelMin).toBeCloseTo(expected, 10);
    // Closest-first dispatch: the mean is at least the travel of each atom's nearest unit.
    const nearest = city.atoms.reduce((sum, atom, j) => sum + (atom.arrivalRate / lambda) * Math.min(...city.travelMin![j]!), 0);
    expect(result.meanTravelMin!).toBeGreaterThan(nearest);
  });
});

describe('exact hypercube: preference prefixes and limits', () => {
  it('a prefix is completed with the unlisted units in index order', () => {
    const prefix: HypercubeInput = { serviceRate: perHour(2), atoms: [{ arrivalRate: perHour(1), preference: [2] }, { arrivalRate: perHour(2), preference: [1, 0, 2] }] };
    const full: HypercubeInput = { serviceRate: perHour(2), atoms: [{ arrivalRate: perHour(1), preference: [2, 0, 1] }, { arrivalRate: perHour(2), preference: [1, 0, 2] }] };
    expect(solveHypercube(prefix)).toEqual(solveHypercube(full));
  });

  it('returns the typed unstable result when Σλ >= Nμ', () => {
    const result = solveHypercube({ serviceRate: perHour(1), atoms: [{ arrivalRate: perHour(2), preference: [0, 1] }, { arrivalRate: perHour(0.5), preference: [1, 0] }] });
    expect(result).toMatchObject({ stable: false, units: 2, offeredLoad: 2.5 });
    expect(!result.stable && result.reason).toMatch(/^unstable: .*2\.5\/h .* 2 units at 1\/h each complete at most 2\/h/);
  });

  it.each([
    [{ serviceRate: perHour(1), atoms: [{ arrivalRate: perHour(1), preference: [0, 1, 2] }, { arrivalRate: perHour(1), preference: [7] }] }, 'atoms[1].preference[0]: unit index 7 out of range (3 units)'],
    [{ serviceRate: perHour(0), atoms: [{ arrivalRate: perHour(1), preference: [0] }] }, 'serviceRate: must be a positive number'],
    [{ serviceRate: perHour(1), atoms: [{ arrivalRate: perHour(-1), preference: [0] }] }, 'atoms[0].arrivalRate: must be a number of calls per hour >= 0, got -1'],
    [{ serviceRate: perHour(1), atoms: [{ arrivalRate: perHour(1), preference: [0, 1, 0] }] }, 'atoms[0].preference[2]: unit index 0 is listed twice (also at preference[0])'],
    [{ serviceRate: perHour(1), atoms: [{ arrivalRate: perHour(0), preference: [0] }] }, 'atoms: the total arrival rate is 0'],
    [{ serviceRate: perHour(1), atoms: [{ arrivalRate: perHour(1), preference: [0, 1] }], travelMin: [[minutes(1)]] }, 'travelMin[0]: needs one entry per unit (2 units), got 1'],
    [{ serviceRate: perHour(1), atoms: [] }, 'atoms: needs at least one atom'],
  ] satisfies [HypercubeInput, string][])('throws RangeError naming the field: %#', (input, message) => {
    expect(() => solveHypercube(input)).toThrow(RangeError);
    expect(() => solveHypercube(input)).toThrow(message);
  });

  it(`refuses N > ${MAX_EXACT_UNITS}, pointing to the approximation`, () => {
    const input: HypercubeInput = { serviceRate: perHour(1), atoms: [{ arrivalRate: perHour(1), preference: [0] }], units: MAX_EXACT_UNITS + 1 };
    expect(() => solveHypercube(input)).toThrow(/units: the exact hypercube .* N <= 16, got 17; use the approximation/);
  });

  it('reports converged: false when the sweep limit is reached first', () => {
    const city = gridCity({ unitGrid: [3, 2], atomGrid: [6, 4], utilisation: 0.7, seed: 8 });
    expect(solved(solveHypercube(city, { maxIterations: 2 }))).toMatchObject({ iterations: 2, converged: false });
    expect(solved(solveHypercube(city))).toMatchObject({ converged: true });
  });

  it.each([
    [12, [4, 3], [8, 6]],
    [16, [4, 4], [8, 8]],
  ] as const)('solves N = %i (2^N states) to its tolerance', (units, unitGrid, atomGrid) => {
    const result = solved(solveHypercube(gridCity({ unitGrid: [...unitGrid], atomGrid: [...atomGrid], utilisation: 0.8, seed: 5 })));
    expect(result.units).toBe(units);
    expect(result.converged).toBe(true);
    expect(result.workloads.reduce((sum, rho) => sum + rho, 0)).toBeCloseTo(0.8 * units, 9);
  });
});
