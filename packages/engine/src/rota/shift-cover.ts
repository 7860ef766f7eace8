/**
 * The shift-cover (staff-scheduling) problem: periods of equal length, each needing at least
 * `required[p]` officers on duty; shifts, each covering a set of periods at a cost per officer.
 * Choose a whole number of officers to start each shift so that every period is covered at least
 * as required, at least total cost — Dantzig's (1954) set-covering formulation of Edie's toll-booth
 * problem: minimise Σ_j c_j·x_j subject to Σ_{j ∋ p} x_j ≥ r_p for every period p, x_j ∈ ℤ≥0.
 */
import { formatProblemPath } from '../hypercube/dispatch-system';

/** One shift: a cost per officer and the periods an officer starting it is on duty. */
export interface CoverShift {
  /** Cost of one officer working the shift (1 for every shift: minimise officers). */
  cost: number;
  /** Indices of the periods covered, 0 … periods − 1, each at most once. */
  covers: readonly number[];
  /** A name for reports, e.g. "Mon 07:00 +10h". */
  label?: string;
}

/** A shift-cover problem (see the file comment). */
export interface ShiftCoverProblem {
  /** Officers needed on duty in each period (whole numbers ≥ 0); its length is the number of periods. */
  required: readonly number[];
  shifts: readonly CoverShift[];
  /** Wall-clock limit of the solve; when it is reached the best cover found is returned. Default 30 s. */
  timeLimitSeconds?: number;
}

/** Default time limit of a solve, seconds. */
export const DEFAULT_ROTA_TIME_LIMIT_SECONDS = 30;

/** A problem with one field of a {@link ShiftCoverProblem}: its path and what is wrong. */
export interface ShiftCoverInputProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Every problem with a shift-cover input, each naming its field (`shifts[3].covers[1]: period 40
 * is out of range 0..23`). Empty when the input is good. Periods that no shift covers are not an
 * input problem: they make the problem infeasible, which the solve reports as a result.
 */
export function findShiftCoverProblems(problem: ShiftCoverProblem): ShiftCoverInputProblem[] {
  const problems: ShiftCoverInputProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  const periods = problem.required.length;
  if (periods === 0) add(['required'], 'needs at least one period');
  problem.required.forEach((required, p) => {
    if (!(Number.isSafeInteger(required) && required >= 0)) add(['required', p], `must be a whole number of officers >= 0, got ${required}`);
  });
  problem.shifts.forEach((shift, j) => {
    if (!(Number.isFinite(shift.cost) && shift.cost >= 0)) add(['shifts', j, 'cost'], `must be a finite number >= 0, got ${shift.cost}`);
    if (shift.covers.length === 0) add(['shifts', j, 'covers'], 'needs at least one period');
    const seenAt = new Map<number, number>();
    shift.covers.forEach((period, k) => {
      const path = ['shifts', j, 'covers', k];
      if (!Number.isInteger(period)) add(path, `period must be a whole number, got ${period}`);
      else if (period < 0 || period >= periods) add(path, `period ${period} is out of range 0..${periods - 1}`);
      else if (seenAt.has(period)) add(path, `period ${period} is listed twice (also at covers[${seenAt.get(period)}])`);
      else seenAt.set(period, k);
    });
  });
  const limit = problem.timeLimitSeconds;
  if (limit !== undefined && !(Number.isFinite(limit) && limit > 0)) add(['timeLimitSeconds'], `must be a number of seconds > 0, got ${limit}`);
  return problems;
}

/** Throws a RangeError naming the first bad field of a shift-cover input. */
export function assertShiftCoverProblem(problem: ShiftCoverProblem): void {
  const [first] = findShiftCoverProblems(problem);
  if (first) throw new RangeError(`${formatProblemPath(first.path)}: ${first.message}`);
}

/** Officers on duty in each period when `counts[j]` officers start shift j. */
export function coverOf(shifts: readonly CoverShift[], counts: readonly number[], periods: number): number[] {
  if (counts.length !== shifts.length) throw new RangeError(`counts: expected one per shift (${shifts.length}), got ${counts.length}`);
  const cover = new Array<number>(periods).fill(0);
  shifts.forEach((shift, j) => {
    const count = counts[j]!;
    if (count === 0) return;
    for (const period of shift.covers) cover[period]! += count;
  });
  return cover;
}

/** The periods that require officers but that no shift covers: the reason a cover is infeasible. */
export function uncoveredPeriods(problem: ShiftCoverProblem): number[] {
  const covered = new Array<boolean>(problem.required.length).fill(false);
  for (const shift of problem.shifts) for (const period of shift.covers) covered[period] = true;
  return problem.required.flatMap((required, p) => (required > 0 && !covered[p] ? [p] : []));
}

/** Σ cost_j · counts_j. */
export function costOf(shifts: readonly CoverShift[], counts: readonly number[]): number {
  return shifts.reduce((sum, shift, j) => sum + shift.cost * counts[j]!, 0);
}
