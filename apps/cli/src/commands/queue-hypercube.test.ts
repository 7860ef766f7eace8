import { describe, expect, it } from 'vitest';
import { runPeel, tempFileWriter } from '../run-peel';

const write = tempFileWriter('peel-hypercube-');

/**
 * Larson & Odoni, *Urban Operations Research* (1981), §5.4.3: the three-unit city, its atoms merged
 * by preference list (see packages/engine/src/hypercube/test-systems.ts for why), 0-based units.
 */
const threeUnit = {
  serviceRate: 1,
  atoms: [
    { arrivalRate: 0.5, preference: [0, 1, 2] },
    { arrivalRate: 0.25, preference: [0, 2, 1] },
    { arrivalRate: 0.35, preference: [1, 0, 2] },
    { arrivalRate: 0.4, preference: [2, 0, 1] },
  ],
};
/** §5.5.3: exact workloads 0.5574, 0.4734, 0.4693; §5.4.4: P'_Q = 0.23684, interresponse 0.43529. */
const published = { workloads: [0.5574, 0.4734, 0.4693], probAllBusy: 0.23684, fractionInterResponse: 0.43529 };

function run(input: unknown, ...flags: string[]) {
  const file = write(`input-${Math.random().toString(36).slice(2)}.json`, typeof input === 'string' ? input : JSON.stringify(input));
  return runPeel(['queue', 'hypercube', '--input', file, ...flags]);
}

describe('peel queue hypercube', () => {
  it('--json prints exactly the interface, matching Larson & Odoni\'s three-unit example to 4 significant figures', () => {
    const result = run(threeUnit, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['workloads', 'probAllBusy', 'dispatchFractions', 'fractionInterResponse']);
    json.workloads.forEach((rho: number, n: number) => expect(Math.abs(rho - published.workloads[n]!)).toBeLessThanOrEqual(5e-5));
    expect(Math.abs(json.probAllBusy - published.probAllBusy)).toBeLessThanOrEqual(5e-6);
    expect(Math.abs(json.fractionInterResponse - published.fractionInterResponse)).toBeLessThanOrEqual(5e-5);
    expect(json.dispatchFractions).toHaveLength(4);
    for (const row of json.dispatchFractions as number[][]) expect(row.reduce((sum, f) => sum + f, 0)).toBeCloseTo(1, 12);
  });

  it('--approximate --json: the A-hypercube, within 1 % of the book\'s exact workloads, with meanTravelMin when travelMin is given', () => {
    const travelMin = [[2, 5, 6], [3, 6, 5], [5, 2, 7], [6, 7, 3]];
    const result = run({ ...threeUnit, travelMin }, '--approximate', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    json.workloads.forEach((rho: number, n: number) => expect(Math.abs(rho / published.workloads[n]! - 1)).toBeLessThan(0.01));
    expect(json.meanTravelMin).toBeGreaterThan(2);
    expect(json.meanTravelMin).toBeLessThan(7);
  });

  it('prints a readable summary without --json', () => {
    const result = run(threeUnit);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^hypercube \(exact\): 3 units, 4 atoms, offered load 1\.5 Erlangs\nunit {2}workload\n {3}0 {4}0\.5574\n/);
    expect(result.stdout).toContain('P(all busy) 0.2368; interresponse dispatches 43.53 %');
  });

  it('reports an unstable system (Σλ >= Nμ) honestly: exit 1, the reason, and a typed JSON answer', () => {
    const result = run({ serviceRate: 2, atoms: [{ arrivalRate: 3, preference: [0, 1] }, { arrivalRate: 1, preference: [1, 0] }] }, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ unstable: true, offeredLoad: 2, units: 2 });
    expect(result.stderr).toContain('peel: unstable: the calls arrive at 4/h but 2 units at 2/h each complete at most 4/h');
  });

  it.each([
    ['a unit index out of range', { serviceRate: 1, atoms: [{ arrivalRate: 1, preference: [0, 1, 2] }, { arrivalRate: 1, preference: [1] }, { arrivalRate: 1, preference: [7] }] }, 'atoms[2].preference[0]: unit index 7 out of range (3 units)'],
    ['a duplicate unit', { serviceRate: 1, atoms: [{ arrivalRate: 1, preference: [0, 1, 1] }] }, 'atoms[0].preference[2]: unit index 1 is listed twice (also at preference[1])'],
    ['a wrong type', { serviceRate: 'fast', atoms: [{ arrivalRate: 1, preference: [0] }] }, 'serviceRate: expected number, got "fast"'],
    ['a missing field', { serviceRate: 1, atoms: [{ preference: [0] }] }, 'atoms[0].arrivalRate: required field is missing (expected number)'],
    ['a misspelt field', { serviceRate: 1, atoms: [{ arrivalRate: 1, preferences: [0] }] }, 'atoms[0]: unknown field "preferences"'],
    ['a negative rate', { serviceRate: 1, atoms: [{ arrivalRate: -2, preference: [0] }] }, 'atoms[0].arrivalRate: must be a number of calls per hour >= 0, got -2'],
    ['a travel matrix of the wrong shape', { ...threeUnit, travelMin: [[1, 2, 3]] }, 'travelMin: needs one row per atom (4), got 1'],
    ['text that is not JSON', '{ "serviceRate": 1,', 'not valid JSON'],
  ])('exits 1 naming the field for %s', (_name, input, message) => {
    const result = run(input, '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('exits 1 for a missing file and for N > 16 without --approximate, which handles it', () => {
    const missing = runPeel(['queue', 'hypercube', '--input', '/no/such/hypercube.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--input /no/such/hypercube.json: file not found');

    const units = 20;
    const big = { serviceRate: 1, atoms: Array.from({ length: units }, (_, i) => ({ arrivalRate: 0.6, preference: Array.from({ length: units }, (_, k) => (i + k) % units) })) };
    const exact = run(big, '--json');
    expect(exact.code).toBe(1);
    expect(exact.stderr).toMatch(/units: the exact hypercube has 2\^N states and accepts N <= 16, got 20; .*run with --approximate/);
    const approximate = run(big, '--approximate', '--json');
    expect(approximate.code).toBe(0);
    // Symmetric system: the A-hypercube is exact, every workload is λ/(Nμ) = 12/20.
    for (const rho of JSON.parse(approximate.stdout).workloads as number[]) expect(rho).toBeCloseTo(0.6, 10);
  });
});
