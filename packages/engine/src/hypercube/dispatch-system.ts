/**
 * Validation of a hypercube input and its normalised form, shared by the exact and the approximate
 * solver (and by the CLI's schema, so that both report the same messages).
 */
import type { HypercubeInput } from './types';

/** One problem with an input: where (a path such as `["atoms", 2, "preference", 0]`) and what. */
export interface HypercubeInputProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** A validated system in the form the solvers use. */
export interface DispatchSystem {
  /** N. */
  readonly units: number;
  /** μ per hour. */
  readonly serviceRate: number;
  /** λ_j per hour. */
  readonly atomRates: Float64Array;
  /** Σ λ_j per hour. */
  readonly totalArrivalRate: number;
  /** λ/μ in Erlangs. */
  readonly offeredLoad: number;
  /** Each atom's full preference order (its list, then the unlisted units in index order). */
  readonly orders: readonly Int32Array[];
  /** travelMin[j][n], if given. */
  readonly travelMin?: readonly (readonly number[])[];
}

/** N: `units` when given, else the length of the longest preference list. */
export function countUnits(input: Pick<HypercubeInput, 'atoms' | 'units'>): number {
  return input.units ?? input.atoms.reduce((max, atom) => Math.max(max, atom.preference.length), 0);
}

/**
 * The full preference order of an atom over `units` units: its own list first, then the units it
 * does not list in ascending index order. Why: the hypercube's state is which units are busy, and
 * its queue forms only when all N are busy. Holding a call while an unlisted unit is free would need
 * a queue per atom alongside free units — no longer the hypercube — so a dispatcher whose list is
 * exhausted is modelled as sending the lowest-numbered free unit, and the call waits only when every
 * unit is busy (then it is served FCFS by the next unit to free, as in Larson & Odoni §5.4.4).
 */
export function completePreference(preference: readonly number[], units: number): Int32Array {
  const order = new Int32Array(units);
  const listed = new Uint8Array(units);
  let k = 0;
  for (const unit of preference) {
    order[k++] = unit;
    listed[unit] = 1;
  }
  for (let unit = 0; unit < units; unit++) if (listed[unit] === 0) order[k++] = unit;
  return order;
}

/** Every problem with an input, in reading order (empty when it is valid). Assumes the JSON shape. */
export function findHypercubeInputProblems(input: HypercubeInput): HypercubeInputProblem[] {
  const problems: HypercubeInputProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  if (!(Number.isFinite(input.serviceRate) && input.serviceRate > 0)) add(['serviceRate'], `must be a positive number of jobs per hour per unit, got ${input.serviceRate}`);
  if (input.units !== undefined && !(Number.isInteger(input.units) && input.units >= 1)) add(['units'], `must be a whole number >= 1, got ${input.units}`);
  if (input.atoms.length === 0) add(['atoms'], 'needs at least one atom');
  const units = countUnits(input);
  const plural = (n: number) => `${n} unit${n === 1 ? '' : 's'}`;
  let total = 0;
  input.atoms.forEach((atom, j) => {
    if (!(Number.isFinite(atom.arrivalRate) && atom.arrivalRate >= 0)) add(['atoms', j, 'arrivalRate'], `must be a number of calls per hour >= 0, got ${atom.arrivalRate}`);
    else total += atom.arrivalRate;
    if (atom.preference.length === 0) add(['atoms', j, 'preference'], 'needs at least one unit index');
    const seenAt = new Map<number, number>();
    atom.preference.forEach((unit, k) => {
      const path = ['atoms', j, 'preference', k];
      if (!Number.isInteger(unit) || unit < 0) add(path, `unit index must be a whole number >= 0, got ${unit}`);
      else if (unit >= units) add(path, `unit index ${unit} out of range (${plural(units)})`);
      else if (seenAt.has(unit)) add(path, `unit index ${unit} is listed twice (also at preference[${seenAt.get(unit)}])`);
      else seenAt.set(unit, k);
    });
  });
  if (input.atoms.length > 0 && total === 0 && problems.length === 0) add(['atoms'], 'the total arrival rate is 0: there are no calls to dispatch');
  if (input.travelMin !== undefined) {
    if (input.travelMin.length !== input.atoms.length) add(['travelMin'], `needs one row per atom (${input.atoms.length}), got ${input.travelMin.length}`);
    input.travelMin.forEach((row, j) => {
      if (row.length !== units) add(['travelMin', j], `needs one entry per unit (${plural(units)}), got ${row.length}`);
      row.forEach((minutes, n) => {
        if (!(Number.isFinite(minutes) && minutes >= 0)) add(['travelMin', j, n], `must be a number of minutes >= 0, got ${minutes}`);
      });
    });
  }
  return problems;
}

/** Formats a problem's path as `atoms[2].preference[0]`. */
export function formatProblemPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** Validates an input (RangeError naming the first bad field) and normalises it for the solvers. */
export function buildDispatchSystem(input: HypercubeInput): DispatchSystem {
  const [problem] = findHypercubeInputProblems(input);
  if (problem) throw new RangeError(`${formatProblemPath(problem.path)}: ${problem.message}`);
  const units = countUnits(input);
  const atomRates = Float64Array.from(input.atoms, (atom) => atom.arrivalRate);
  const totalArrivalRate = atomRates.reduce((sum, rate) => sum + rate, 0);
  return {
    units,
    serviceRate: input.serviceRate,
    atomRates,
    totalArrivalRate,
    offeredLoad: totalArrivalRate / input.serviceRate,
    orders: input.atoms.map((atom) => completePreference(atom.preference, units)),
    travelMin: input.travelMin,
  };
}
